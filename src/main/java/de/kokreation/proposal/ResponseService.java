package de.kokreation.proposal;

import de.kokreation.account.CurrentUser;
import de.kokreation.consultation.ModerationRights;
import de.kokreation.shared.DomainException;
import de.kokreation.shared.NotFoundException;
import de.kokreation.shared.RichText;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reasoned response to every proposal: given by the moderators of its theme group, public on
 * the proposal, and told to its author.
 */
@Service
public class ResponseService {

    private final JdbcTemplate jdbc;
    private final ProposalRepository proposals;
    private final ModerationRights rights;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ObjectProvider<CommitmentLinks> commitmentLinks;

    ResponseService(
            JdbcTemplate jdbc,
            ProposalRepository proposals,
            ModerationRights rights,
            CurrentUser currentUser,
            ApplicationEventPublisher events,
            Clock clock,
            ObjectProvider<CommitmentLinks> commitmentLinks) {
        this.commitmentLinks = commitmentLinks;
        this.jdbc = jdbc;
        this.proposals = proposals;
        this.rights = rights;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** Gives or changes the response; a reason is required unless the proposal is adopted. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void respond(long proposalId, ResponseOutcome outcome, String reason) {
        Proposal proposal = proposals
                .findById(proposalId)
                .orElseThrow(() -> new NotFoundException("proposal.error.notFound", proposalId));
        rights.requireModerator(proposal.themeGroupId());
        record(proposal, outcome, reason);
    }

    /**
     * Gives the response together with the draft commitments the proposal went into, in one
     * transaction: the drafts are part of the answer.
     */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void respond(long proposalId, ResponseOutcome outcome, String reason, Collection<Long> draftIds) {
        respond(proposalId, outcome, reason);
        commitmentLinks.getObject().replaceLinks(proposalId, draftIds);
    }

    /** For the duplicate action: the proposal is answered as duplicate of its original. */
    void answerAsDuplicate(Proposal proposal, String reason) {
        record(proposal, ResponseOutcome.DUPLICATE, reason);
    }

    private void record(Proposal proposal, ResponseOutcome outcome, String reason) {
        String trimmed = reason.strip();
        if (outcome.needsReason() && trimmed.isEmpty()) {
            throw new DomainException("response.error.reasonRequired");
        }
        if (trimmed.length() > ProposalResponse.REASON_MAX) {
            throw new DomainException("response.error.reasonTooLong", ProposalResponse.REASON_MAX);
        }
        long me = currentUser.require().accountId();
        Timestamp now = Timestamp.from(clock.instant());
        int updated = jdbc.update(
                "update proposal_response set outcome = ?, reason = ?, responded_by = ?,"
                        + " responded_at = ? where proposal_id = ?",
                outcome.name(),
                trimmed.isEmpty() ? null : trimmed,
                me,
                now,
                proposal.id());
        if (updated == 0) {
            jdbc.update(
                    "insert into proposal_response (proposal_id, outcome, reason, responded_by, responded_at)"
                            + " values (?, ?, ?, ?, ?)",
                    proposal.id(),
                    outcome.name(),
                    trimmed.isEmpty() ? null : trimmed,
                    me,
                    now);
        }
        proposal.markReviewed(clock.instant());
        Long author = proposal.personToTell();
        if (author != null) {
            events.publishEvent(new ProposalResponded(proposal.id(), author, outcome));
        }
    }

    @Transactional(readOnly = true)
    public Optional<ProposalResponse> responseTo(long proposalId) {
        return jdbc
                .query(
                        "select outcome, reason, responded_at from proposal_response where proposal_id = ?",
                        (row, n) -> new ProposalResponse(
                                ResponseOutcome.valueOf(row.getString("outcome")),
                                row.getString("reason"),
                                row.getTimestamp("responded_at").toInstant()),
                        proposalId)
                .stream()
                .findFirst();
    }

    /** The outcome of each answered proposal among the given ones, in one query. */
    @Transactional(readOnly = true)
    public Map<Long, ResponseOutcome> outcomesOf(Collection<Long> proposalIds) {
        Map<Long, ResponseOutcome> outcomes = new HashMap<>();
        if (proposalIds.isEmpty()) {
            return outcomes;
        }
        String in = proposalIds.stream().map(String::valueOf).collect(Collectors.joining(","));
        jdbc.query("select proposal_id, outcome from proposal_response where proposal_id in (" + in + ")", row -> {
            outcomes.put(row.getLong("proposal_id"), ResponseOutcome.valueOf(row.getString("outcome")));
        });
        return outcomes;
    }

    /** How much of a proposal's text a condensing row shows, in characters. */
    public static final int EXCERPT_LENGTH = 200;

    private static final String STANDING = "select p.id, p.theme_group_id, p.title, p.votes_for, p.votes_against,"
            + " p.comment_count, p.hidden_reason, r.outcome, substring(p.body_source, 1, " + (EXCERPT_LENGTH * 2)
            + ") as excerpt from proposal p"
            + " left join proposal_response r on r.proposal_id = p.id";

    /**
     * A page of a theme group's proposals for condensing: the unanswered first, then the most
     * supported. For the group's moderators; hidden proposals are left out.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<ProposalStanding> condensingPage(long themeGroupId, boolean unansweredOnly, int offset, int limit) {
        rights.requireModerator(themeGroupId);
        return jdbc.query(
                STANDING + " where p.theme_group_id = ? and p.hidden_reason is null"
                        + (unansweredOnly ? " and r.outcome is null" : "")
                        + " order by case when r.outcome is null then 0 else 1 end, p.votes_for desc, p.id desc"
                        + " offset ? rows fetch next ? rows only",
                ResponseService::standing,
                themeGroupId,
                Math.max(0, offset),
                Math.clamp(limit, 1, 500));
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public long condensingCount(long themeGroupId, boolean unansweredOnly) {
        rights.requireModerator(themeGroupId);
        Long count = jdbc.queryForObject(
                "select count(*) from proposal p left join proposal_response r"
                        + " on r.proposal_id = p.id where p.theme_group_id = ? and p.hidden_reason is null"
                        + (unansweredOnly ? " and r.outcome is null" : ""),
                Long.class,
                themeGroupId);
        return count == null ? 0 : count;
    }

    /** The figures and response state of the given proposals, in one query, in id order. */
    @Transactional(readOnly = true)
    public List<ProposalStanding> standings(Collection<Long> proposalIds) {
        if (proposalIds.isEmpty()) {
            return List.of();
        }
        String in = proposalIds.stream().map(String::valueOf).collect(Collectors.joining(","));
        return jdbc.query(STANDING + " where p.id in (" + in + ") order by p.id", ResponseService::standing);
    }

    private static ProposalStanding standing(ResultSet row, int n) throws SQLException {
        boolean hidden = row.getString("hidden_reason") != null;
        String outcome = row.getString("outcome");
        return new ProposalStanding(
                row.getLong("id"),
                row.getLong("theme_group_id"),
                hidden ? null : row.getString("title"),
                row.getInt("votes_for"),
                row.getInt("votes_against"),
                row.getInt("comment_count"),
                outcome == null ? null : ResponseOutcome.valueOf(outcome),
                hidden,
                hidden ? "" : RichText.plainExcerpt(row.getString("excerpt"), EXCERPT_LENGTH));
    }

    /** How many proposals of each theme group have a response, in one query. */
    @Transactional(readOnly = true)
    public Map<Long, Long> answeredCounts(Collection<Long> themeGroupIds) {
        Map<Long, Long> counts = new HashMap<>();
        if (themeGroupIds.isEmpty()) {
            return counts;
        }
        String in = themeGroupIds.stream().map(String::valueOf).collect(Collectors.joining(","));
        jdbc.query(
                "select p.theme_group_id, count(*) as answered from proposal_response r join proposal p"
                        + " on p.id = r.proposal_id where p.theme_group_id in (" + in + ") and p.hidden = false"
                        + " group by p.theme_group_id",
                row -> {
                    counts.put(row.getLong("theme_group_id"), row.getLong("answered"));
                });
        return counts;
    }
}
