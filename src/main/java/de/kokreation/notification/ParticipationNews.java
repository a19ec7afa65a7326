package de.kokreation.notification;

import de.kokreation.actionplan.ImplementationNews;
import de.kokreation.actionplan.ReportingReminder;
import de.kokreation.consultation.ConsultationAdministration;
import de.kokreation.consultation.ConsultationService;
import de.kokreation.consultation.ConsultationSummary;
import de.kokreation.consultation.ThemeGroupSummary;
import de.kokreation.proposal.CommentPosted;
import de.kokreation.proposal.Participants;
import de.kokreation.proposal.ProposalResponded;
import de.kokreation.proposal.ProposalService;
import de.kokreation.shared.MessageKey;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Objects;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * News for participants: a comment on my proposal, a reply to my comment, a new phase of a
 * consultation I took part in, a new level of a commitment my proposal went into or that I follow. Nobody hears of their own actions.
 */
@Component
class ParticipationNews {

    private final Notifier notifier;
    private final ProposalService proposals;
    private final ConsultationAdministration administration;
    private final ConsultationService consultations;
    private final Participants participants;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final String baseUrl;

    ParticipationNews(
            Notifier notifier,
            ProposalService proposals,
            ConsultationAdministration administration,
            ConsultationService consultations,
            Participants participants,
            ApplicationEventPublisher events,
            TransactionTemplate transaction,
            @Value("${kokreation.public-base-url}") String baseUrl) {
        this.events = events;
        this.transaction = transaction;
        this.notifier = notifier;
        this.proposals = proposals;
        this.administration = administration;
        this.consultations = consultations;
        this.participants = participants;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    @ApplicationModuleListener
    void on(CommentPosted event) {
        String title = proposals.titleForNotification(event.proposalId());
        String link = baseUrl + "/vorschlaege/" + event.proposalId() + "#comment-" + event.commentId();
        Long parentAuthor = event.parentCommentAuthorId();
        if (parentAuthor != null && parentAuthor != event.authorId()) {
            notifier.notify(parentAuthor, NotificationKind.COMMENT_REPLY, link, title);
        }
        Long proposalAuthor = event.proposalAuthorId();
        if (proposalAuthor != null
                && proposalAuthor != event.authorId()
                && !Objects.equals(parentAuthor, proposalAuthor)) {
            notifier.notify(proposalAuthor, NotificationKind.PROPOSAL_COMMENT, link, title);
        }
    }

    @ApplicationModuleListener
    void on(ProposalResponded event) {
        String title = proposals.titleForNotification(event.proposalId());
        notifier.notify(
                event.authorId(),
                NotificationKind.PROPOSAL_RESPONSE,
                baseUrl + "/vorschlaege/" + event.proposalId() + "#response",
                title,
                new MessageKey("mail.outcome." + event.outcome().name()));
    }

    /**
     * Looks once a day for consultations that entered a new phase. The news goes out as one event
     * per participant in the same transaction that records the phase as announced: each mail is then
     * delivered (and, when SMTP is down, retried) on its own, and none is lost.
     */
    @Scheduled(cron = "${kokreation.notifications.phase-check-cron:0 5 0 * * *}")
    @SchedulerLock(
            name = "phase-news",
            lockAtLeastFor = "${kokreation.cluster.daily-job-lock-at-least-for}",
            lockAtMostFor = "PT1H")
    void announceNewPhases() {
        transaction.executeWithoutResult(status -> {
            for (ConsultationSummary consultation : administration.takeNewPhases()) {
                var groupIds = consultations.getConsultation(consultation.slug()).themeGroups().stream()
                        .map(ThemeGroupSummary::id)
                        .toList();
                for (long participant : participants.of(groupIds)) {
                    events.publishEvent(new NewPhaseNews(
                            participant,
                            consultation.slug(),
                            consultation.title(),
                            consultation.currentPhase().name()));
                }
            }
        });
    }

    @ApplicationModuleListener
    void on(NewPhaseNews news) {
        notifier.notify(
                news.participantId(),
                NotificationKind.NEW_PHASE,
                baseUrl + "/konsultationen/" + news.consultationSlug(),
                news.consultationTitle(),
                new MessageKey("phase." + news.phase()));
    }

    @ApplicationModuleListener
    void on(ImplementationNews news) {
        notifier.notify(
                news.recipientId(),
                NotificationKind.COMMITMENT_PROGRESS,
                baseUrl + news.link(),
                news.planTitle(),
                news.number(),
                news.commitmentTitle(),
                new MessageKey(news.levelKey()));
    }

    @ApplicationModuleListener
    void on(ReportingReminder reminder) {
        notifier.notify(
                reminder.recipientId(),
                NotificationKind.REPORTING_REMINDER,
                baseUrl + reminder.link(),
                reminder.planTitle(),
                reminder.roundTitle(),
                // MessageFormat formats java.util.Date in the JVM's zone: noon UTC is the same day everywhere.
                Date.from(reminder.deadline().atTime(12, 0).toInstant(ZoneOffset.UTC)));
    }

    /** One participant is to hear that a consultation entered a phase. */
    public record NewPhaseNews(long participantId, String consultationSlug, String consultationTitle, String phase) {}
}
