package de.kokreation.sensemaking;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/** The clusters leads confirmed ({@code proposal_cluster}, {@code proposal_cluster_member}): the owner's SQL. */
@Component
class ConfirmedClusters {

    /** A confirmed cluster with its members' ids in ascending order. */
    record Confirmed(
            long id,
            long consultationId,
            String name,
            @Nullable Long draftId,
            List<Long> proposalIds) {}

    private final JdbcTemplate jdbc;

    ConfirmedClusters(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
    }

    long create(long consultationId, String name, Collection<Long> proposalIds, Instant now) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(
                connection -> {
                    var insert = connection.prepareStatement(
                            "insert into proposal_cluster (consultation_id, name, confirmed_at) values (?, ?, ?)",
                            new String[] {"id"});
                    insert.setLong(1, consultationId);
                    insert.setString(2, name);
                    insert.setObject(3, java.sql.Timestamp.from(now));
                    return insert;
                },
                key);
        long id = key.getKeyAs(Number.class).longValue();
        add(id, proposalIds);
        return id;
    }

    void add(long clusterId, Collection<Long> proposalIds) {
        forgetSummary(clusterId);
        jdbc.batchUpdate(
                "insert into proposal_cluster_member (cluster_id, proposal_id) values (?, ?)",
                proposalIds.stream().map(id -> new Object[] {clusterId, id}).toList());
    }

    void remove(long clusterId, Collection<Long> proposalIds) {
        forgetSummary(clusterId);
        jdbc.batchUpdate(
                "delete from proposal_cluster_member where cluster_id = ? and proposal_id = ?",
                proposalIds.stream().map(id -> new Object[] {clusterId, id}).toList());
    }

    void rename(long clusterId, String name) {
        jdbc.update("update proposal_cluster set name = ?, version = version + 1 where id = ?", name, clusterId);
    }

    void draftMade(long clusterId, long draftId) {
        jdbc.update("update proposal_cluster set draft_id = ?, version = version + 1 where id = ?", draftId, clusterId);
    }

    void dissolve(long clusterId) {
        forgetSummary(clusterId);
        jdbc.update("delete from proposal_cluster_member where cluster_id = ?", clusterId);
        jdbc.update("delete from proposal_cluster where id = ?", clusterId);
    }

    // --- machine-made summaries ---------------------------------------------------------------

    /** A summary's row: {@code sentences} as JSON when done, {@code failure} a message key when failed. */
    record SummaryRow(
            long clusterId,
            String status,
            Instant requestedAt,
            @Nullable Instant finishedAt,
            @Nullable String model,
            @Nullable String sentences,
            int removed,
            @Nullable String failure) {}

    /** A summary speaks of the members it was made from: changing them forgets it. */
    private void forgetSummary(long clusterId) {
        jdbc.update("delete from proposal_cluster_summary where cluster_id = ?", clusterId);
    }

    /**
     * Marks a summary as requested now, unless one is running that was requested after
     * {@code runningSince}; whether it was marked (and the caller may make it).
     */
    boolean summaryRequested(long clusterId, Instant now, Instant runningSince) {
        int updated = jdbc.update(
                "update proposal_cluster_summary set status = 'RUNNING', requested_at = ?, finished_at = null,"
                        + " model = null, sentences = null, removed = 0, failure = null where cluster_id = ?"
                        + " and (status <> 'RUNNING' or requested_at < ?)",
                Timestamp.from(now),
                clusterId,
                Timestamp.from(runningSince));
        if (updated == 1) {
            return true;
        }
        if (!summaryOf(List.of(clusterId)).isEmpty()) {
            return false;
        }
        try {
            jdbc.update(
                    "insert into proposal_cluster_summary (cluster_id, status, requested_at) values (?, 'RUNNING', ?)",
                    clusterId,
                    Timestamp.from(now));
            return true;
        } catch (DuplicateKeyException requestedMeanwhile) {
            return false;
        }
    }

    /** Whether the summary requested at {@code requestedAt} is still wanted: running, and requested after {@code givenUpBefore}. */
    boolean summaryStillRequested(long clusterId, Instant requestedAt, Instant givenUpBefore) {
        Integer rows = jdbc.queryForObject(
                "select count(*) from proposal_cluster_summary where cluster_id = ? and status = 'RUNNING'"
                        + " and requested_at = ? and requested_at >= ?",
                Integer.class,
                clusterId,
                Timestamp.from(requestedAt),
                Timestamp.from(givenUpBefore));
        return rows != null && rows == 1;
    }

    /** Stores a finished summary, if it is still the one requested at {@code requestedAt}. */
    void summaryDone(long clusterId, Instant requestedAt, Instant now, String model, String sentences, int removed) {
        jdbc.update(
                "update proposal_cluster_summary set status = 'DONE', finished_at = ?, model = ?, sentences = ?,"
                        + " removed = ? where cluster_id = ? and status = 'RUNNING' and requested_at = ?",
                Timestamp.from(now),
                model,
                sentences,
                removed,
                clusterId,
                Timestamp.from(requestedAt));
    }

    /** Stores why a summary could not be made, if it is still the one requested at {@code requestedAt}. */
    void summaryFailed(long clusterId, Instant requestedAt, Instant now, String failureKey) {
        jdbc.update(
                "update proposal_cluster_summary set status = 'FAILED', finished_at = ?, failure = ?"
                        + " where cluster_id = ? and status = 'RUNNING' and requested_at = ?",
                Timestamp.from(now),
                failureKey,
                clusterId,
                Timestamp.from(requestedAt));
    }

    /** The summaries of the clusters, by cluster. */
    Map<Long, SummaryRow> summaryOf(Collection<Long> clusterIds) {
        if (clusterIds.isEmpty()) {
            return new HashMap<>();
        }
        return summaries("select cluster_id, status, requested_at, finished_at, model, sentences, removed, failure"
                + " from proposal_cluster_summary where cluster_id in ("
                + String.join(",", clusterIds.stream().map(String::valueOf).toList()) + ")");
    }

    /** The summaries of the consultation's clusters, by cluster: one query, for pages that ask often. */
    Map<Long, SummaryRow> summariesOfConsultation(long consultationId) {
        return summaries("select s.cluster_id, s.status, s.requested_at, s.finished_at, s.model, s.sentences,"
                + " s.removed, s.failure from proposal_cluster_summary s join proposal_cluster c on c.id ="
                + " s.cluster_id where c.consultation_id = " + consultationId);
    }

    private Map<Long, SummaryRow> summaries(String select) {
        Map<Long, SummaryRow> summaries = new HashMap<>();
        jdbc.query(select, row -> {
            summaries.put(
                    row.getLong(1),
                    new SummaryRow(
                            row.getLong(1),
                            row.getString(2),
                            row.getTimestamp(3).toInstant(),
                            row.getTimestamp(4) == null
                                    ? null
                                    : row.getTimestamp(4).toInstant(),
                            row.getString(5),
                            row.getString(6),
                            row.getInt(7),
                            row.getString(8)));
        });
        return summaries;
    }

    /** Which of the proposals are already in a confirmed cluster. */
    List<Long> alreadyConfirmed(Collection<Long> proposalIds) {
        if (proposalIds.isEmpty()) {
            return List.of();
        }
        return jdbc.queryForList(
                "select proposal_id from proposal_cluster_member where proposal_id in ("
                        + String.join(
                                ",", proposalIds.stream().map(String::valueOf).toList()) + ")",
                Long.class);
    }

    /**
     * Locks the clusters' rows until the transaction ends, in the order of their ids (so two
     * leads changing the same clusters wait for each other rather than deadlock): a change then
     * decides on what it read.
     */
    void lock(Collection<Long> clusterIds) {
        if (!clusterIds.isEmpty()) {
            jdbc.queryForList(
                    "select id from proposal_cluster where id in ("
                            + String.join(
                                    ",",
                                    clusterIds.stream()
                                            .sorted()
                                            .map(String::valueOf)
                                            .toList())
                            + ") order by id for update",
                    Long.class);
        }
    }

    Optional<Confirmed> find(long clusterId) {
        return ofConsultation("c.id = ?", clusterId).stream().findFirst();
    }

    List<Confirmed> ofConsultation(long consultationId) {
        return ofConsultation("c.consultation_id = ?", consultationId);
    }

    /** For each proposal of the consultation in a confirmed cluster: the cluster's id. */
    Map<Long, Long> clusterOfProposals(long consultationId) {
        Map<Long, Long> clusterOf = new HashMap<>();
        jdbc.query(
                "select m.proposal_id, m.cluster_id from proposal_cluster_member m"
                        + " join proposal_cluster c on c.id = m.cluster_id where c.consultation_id = ?",
                row -> {
                    clusterOf.put(row.getLong(1), row.getLong(2));
                },
                consultationId);
        return clusterOf;
    }

    private List<Confirmed> ofConsultation(String condition, long argument) {
        Map<Long, Object[]> clusters = new LinkedHashMap<>();
        Map<Long, List<Long>> members = new HashMap<>();
        jdbc.query(
                "select c.id, c.consultation_id, c.name, c.draft_id, m.proposal_id from proposal_cluster c"
                        + " left join proposal_cluster_member m on m.cluster_id = c.id where " + condition
                        + " order by c.id, m.proposal_id",
                row -> {
                    long id = row.getLong(1);
                    Long draftId = row.getObject(4) == null ? null : row.getLong(4);
                    clusters.putIfAbsent(id, new Object[] {row.getLong(2), row.getString(3), draftId});
                    List<Long> list = members.computeIfAbsent(id, ignored -> new java.util.ArrayList<>());
                    if (row.getObject(5) != null) {
                        list.add(row.getLong(5));
                    }
                },
                argument);
        return clusters.entrySet().stream()
                .map(entry -> new Confirmed(
                        entry.getKey(),
                        (Long) entry.getValue()[0],
                        (String) entry.getValue()[1],
                        (Long) entry.getValue()[2],
                        List.copyOf(members.get(entry.getKey()))))
                .toList();
    }
}
