package de.kokreation.profile;

import de.kokreation.account.PersonalData;
import de.kokreation.account.ProfileService;
import de.kokreation.actionplan.PlanPersonalData;
import de.kokreation.consultation.ConsultationService;
import de.kokreation.consultation.ThemeGroupSummary;
import de.kokreation.drafting.DraftParticipation;
import de.kokreation.meeting.MyRegistration;
import de.kokreation.meeting.RegistrationService;
import de.kokreation.moderation.FlagService;
import de.kokreation.notification.Delivery;
import de.kokreation.notification.NotificationKind;
import de.kokreation.notification.NotificationSettings;
import de.kokreation.proposal.ContributionService;
import de.kokreation.shared.Permalinks;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** All data the platform holds about the caller, as one JSON document (GDPR Art. 15 and 20). */
@Service
public class PersonalDataExport {

    private static final JsonMapper JSON =
            JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private final ProfileService profiles;
    private final ContributionService contributions;
    private final DraftParticipation draftParticipation;
    private final FlagService flags;
    private final ConsultationService consultations;
    private final NotificationSettings notificationSettings;
    private final PlanPersonalData planData;
    private final RegistrationService meetingRegistrations;
    private final Clock clock;
    private final String baseUrl;

    PersonalDataExport(
            ProfileService profiles,
            ContributionService contributions,
            DraftParticipation draftParticipation,
            FlagService flags,
            ConsultationService consultations,
            NotificationSettings notificationSettings,
            PlanPersonalData planData,
            RegistrationService meetingRegistrations,
            Clock clock,
            @Value("${kokreation.public-base-url:http://localhost:8080}") String baseUrl) {
        this.profiles = profiles;
        this.contributions = contributions;
        this.flags = flags;
        this.draftParticipation = draftParticipation;
        this.consultations = consultations;
        this.notificationSettings = notificationSettings;
        this.planData = planData;
        this.meetingRegistrations = meetingRegistrations;
        this.clock = clock;
        this.baseUrl = baseUrl;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public String exportMyData() {
        PersonalData account = profiles.myPersonalData();
        ContributionService.Contributions mine = contributions.contributionsOf(account.accountId());
        Map<Long, ThemeGroupSummary> groups = new HashMap<>();
        List<ProposalEntry> proposals = mine.proposals().stream()
                .map(proposal -> {
                    ThemeGroupSummary group =
                            groups.computeIfAbsent(proposal.themeGroupId(), consultations::getThemeGroup);
                    return new ProposalEntry(
                            proposal.id(),
                            baseUrl + Permalinks.proposal(proposal.id()),
                            group.consultationTitle(),
                            group.name(),
                            proposal.title(),
                            proposal.body(),
                            proposal.createdAt(),
                            proposal.updatedAt());
                })
                .toList();
        DraftParticipation.MyDraftContributions onDrafts = draftParticipation.myContributions();
        return JSON.writeValueAsString(new Export(
                clock.instant(),
                account,
                notificationSettings.mySettings(),
                proposals,
                mine.comments(),
                mine.votes(),
                flags.mySentFlags(),
                onDrafts.comments(),
                onDrafts.votes(),
                planData.mine(),
                meetingRegistrations.mine()));
    }

    /**
     * The document: when it was made, the account with its login history, the notification
     * settings, and everything the person contributed or sent, each with readable names.
     */
    public record Export(
            Instant exportedAt,
            PersonalData account,
            Map<NotificationKind, Delivery> notificationSettings,
            List<ProposalEntry> proposals,
            List<ContributionService.CommentRecord> comments,
            List<ContributionService.VoteRecord> votes,
            List<FlagService.FlagRecord> flagsSent,
            List<DraftParticipation.MyDraftComment> draftComments,
            List<DraftParticipation.MyDraftVote> draftVotes,
            PlanPersonalData.MyPlanActivity actionPlans,
            List<MyRegistration> meetingRegistrations) {}

    /** A proposal of the person, with where it stands: consultation and theme group by name. */
    public record ProposalEntry(
            long id,
            String url,
            String consultation,
            String themeGroup,
            String title,
            String body,
            Instant createdAt,
            Instant updatedAt) {}
}
