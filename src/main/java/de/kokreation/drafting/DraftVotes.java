package de.kokreation.drafting;

import de.kokreation.consultation.ConsultationService;
import de.kokreation.consultation.Phase;
import de.kokreation.shared.DomainException;
import de.kokreation.shared.NotFoundException;
import de.kokreation.voting.VoteAcceptance;
import de.kokreation.voting.VoteDirection;
import de.kokreation.voting.VoteTable;
import de.kokreation.voting.VoteTally;
import de.kokreation.voting.VoteWriter;
import de.kokreation.voting.VoteWriters;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The votes on draft commitments: their SQL, and which drafts take votes (published, while the
 * theme group's phase takes comments on drafts). Written by the voting module's batching writer,
 * on a thread of their own.
 */
@Component
class DraftVotes implements VoteAcceptance {

    static final VoteTable TABLE = new VoteTable(
            "select direction from draft_vote where draft_id = ? and voter_id = ?",
            """
            insert into draft_vote (draft_id, voter_id, direction, cast_at)
            select ?, ?, ?, ? from (values (1)) one
             where not exists (select 1 from draft_vote where draft_id = ? and voter_id = ?)""",
            """
            update draft_vote set direction = ?, cast_at = ?
             where draft_id = ? and voter_id = ? and direction <> ?""",
            "delete from draft_vote where draft_id = ? and voter_id = ? and direction = ?",
            "update draft_commitment set votes_for = votes_for + ?, votes_against = votes_against + ? where id = ?",
            "select id, votes_for, votes_against from draft_commitment where id in (:ids)");

    private final NamedParameterJdbcTemplate named;
    private final ConsultationService consultations;
    private final VoteWriter writer;

    DraftVotes(DataSource dataSource, ConsultationService consultations, VoteWriters writers) {
        this.named = new NamedParameterJdbcTemplate(dataSource);
        this.consultations = consultations;
        this.writer = writers.create("draft-vote-writer", TABLE, this);
    }

    VoteTally write(long draftId, long voterId, @Nullable VoteDirection direction) {
        return writer.write(draftId, voterId, direction);
    }

    Optional<VoteDirection> directionOf(long draftId, long voterId) {
        return writer.directionOf(draftId, voterId);
    }

    /**
     * Drafts the public does not see (not public, or not yet shown in the phase) are not found;
     * public ones refuse votes unless open for comments.
     */
    @Override
    public Map<Long, RuntimeException> refusals(Collection<Long> draftIds) {
        record Target(long id, long themeGroupId, DraftStatus status, boolean wasPublished) {}
        List<Target> targets = named.query(
                "select id, theme_group_id, status, published_at from draft_commitment where id in (:ids)",
                Map.of("ids", draftIds),
                (row, n) -> new Target(
                        row.getLong(1),
                        row.getLong(2),
                        DraftStatus.valueOf(row.getString(3)),
                        row.getTimestamp(4) != null));
        Map<Long, RuntimeException> refusals = new HashMap<>();
        draftIds.forEach(id -> refusals.put(id, new NotFoundException("draft.error.notFound", id)));
        Map<Long, Phase> phases = new HashMap<>();
        for (Target target : targets) {
            Phase phase = phases.computeIfAbsent(target.themeGroupId(), consultations::currentPhaseOfThemeGroup);
            if (!DraftCommitment.isPublic(target.status(), target.wasPublished()) || !phase.showsDrafts()) {
                continue;
            }
            refusals.remove(target.id());
            if (target.status() != DraftStatus.PUBLISHED || !phase.allowsDraftComments()) {
                refusals.put(target.id(), new DomainException("draft.error.notOpenForComments"));
            }
        }
        return refusals;
    }
}
