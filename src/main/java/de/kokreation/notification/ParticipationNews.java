package de.kokreation.notification;

import de.kokreation.consultation.ConsultationAdministration;
import de.kokreation.consultation.ConsultationService;
import de.kokreation.consultation.ConsultationSummary;
import de.kokreation.consultation.ThemeGroupSummary;
import de.kokreation.proposal.CommentPosted;
import de.kokreation.proposal.Participants;
import de.kokreation.proposal.ProposalService;
import java.util.Objects;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * News for participants: a comment on my proposal, a reply to my comment, a new phase of a
 * consultation I took part in. Nobody hears of their own actions.
 */
@Component
class ParticipationNews {

    private final Notifier notifier;
    private final ProposalService proposals;
    private final ConsultationAdministration administration;
    private final ConsultationService consultations;
    private final Participants participants;
    private final String baseUrl;

    ParticipationNews(Notifier notifier, ProposalService proposals, ConsultationAdministration administration,
            ConsultationService consultations, Participants participants,
            @Value("${kokreation.public-base-url}") String baseUrl) {
        this.notifier = notifier;
        this.proposals = proposals;
        this.administration = administration;
        this.consultations = consultations;
        this.participants = participants;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    @ApplicationModuleListener
    void on(CommentPosted event) {
        String title = proposals.getProposal(event.proposalId()).title();
        String link = baseUrl + "/vorschlaege/" + event.proposalId() + "#comment-" + event.commentId();
        Long parentAuthor = event.parentCommentAuthorId();
        if (parentAuthor != null && parentAuthor != event.authorId()) {
            notifier.notify(parentAuthor, NotificationKind.COMMENT_REPLY, link, title);
        }
        if (event.proposalAuthorId() != event.authorId() && !Objects.equals(parentAuthor, event.proposalAuthorId())) {
            notifier.notify(event.proposalAuthorId(), NotificationKind.PROPOSAL_COMMENT, link, title);
        }
    }

    /** Looks once a day (and shortly after start) for consultations that entered a new phase. */
    @Scheduled(cron = "${kokreation.notifications.phase-check-cron:0 5 0 * * *}")
    void announceNewPhases() {
        for (ConsultationSummary consultation : administration.takeNewPhases()) {
            var groupIds = consultations.getConsultation(consultation.slug()).themeGroups().stream()
                    .map(ThemeGroupSummary::id).toList();
            String link = baseUrl + "/konsultationen/" + consultation.slug();
            String phaseKey = consultation.currentPhase().name();
            for (long participant : participants.of(groupIds)) {
                notifier.notify(participant, NotificationKind.NEW_PHASE, link, consultation.title(),
                        new MailTemplates.MessageKey("phase." + phaseKey));
            }
        }
    }

}
