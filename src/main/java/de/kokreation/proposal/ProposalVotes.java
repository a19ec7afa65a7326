package de.kokreation.proposal;

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
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The votes on proposals: their SQL, and which proposals take votes (existing, not hidden, while
 * the theme group's phase collects proposals). Written by the voting module's batching writer.
 */
@Component
class ProposalVotes implements VoteAcceptance {

    static final VoteTable TABLE = new VoteTable(
            "select direction from proposal_vote where proposal_id = ? and voter_id = ?",
            """
            insert into proposal_vote (proposal_id, voter_id, direction, cast_at)
            select ?, ?, ?, ? from (values (1)) one
             where not exists (select 1 from proposal_vote where proposal_id = ? and voter_id = ?)""",
            """
            update proposal_vote set direction = ?, cast_at = ?
             where proposal_id = ? and voter_id = ? and direction <> ?""",
            "delete from proposal_vote where proposal_id = ? and voter_id = ? and direction = ?",
            "update proposal set votes_for = votes_for + ?, votes_against = votes_against + ? where id = ?",
            "select id, votes_for, votes_against from proposal where id in (:ids)");

    private final NamedParameterJdbcTemplate named;
    private final ConsultationService consultations;
    private final VoteWriter writer;

    ProposalVotes(DataSource dataSource, ConsultationService consultations, VoteWriters writers) {
        this.named = new NamedParameterJdbcTemplate(dataSource);
        this.consultations = consultations;
        this.writer = writers.create("proposal-vote-writer", TABLE, this);
    }

    VoteTally write(long proposalId, long voterId, @Nullable VoteDirection direction) {
        return writer.write(proposalId, voterId, direction);
    }

    Optional<VoteDirection> directionOf(long proposalId, long voterId) {
        return writer.directionOf(proposalId, voterId);
    }

    @Override
    public Map<Long, RuntimeException> refusals(Collection<Long> proposalIds) {
        record Target(long id, long themeGroupId, boolean hidden) {}
        List<Target> targets = named.query(
                "select id, theme_group_id, hidden from proposal where id in (:ids)",
                Map.of("ids", proposalIds),
                (row, n) -> new Target(row.getLong(1), row.getLong(2), row.getBoolean(3)));
        Map<Long, RuntimeException> refusals = new HashMap<>();
        Map<Long, Phase> phases = new HashMap<>();
        Set<Long> found = new HashSet<>();
        for (Target target : targets) {
            found.add(target.id());
            if (target.hidden()) {
                refusals.put(target.id(), new DomainException("proposal.error.hidden"));
            } else if (!phases.computeIfAbsent(target.themeGroupId(), consultations::currentPhaseOfThemeGroup)
                    .allowsProposalVotes()) {
                refusals.put(target.id(), new DomainException("vote.error.closed"));
            }
        }
        // An exception is made only for an id that is missing: building one costs a stack trace.
        for (long id : proposalIds) {
            if (!found.contains(id)) {
                refusals.put(id, new NotFoundException("proposal.error.notFound", id));
            }
        }
        return refusals;
    }
}
