package de.kokreation.profile;

import de.kokreation.account.PersonalData;
import de.kokreation.account.ProfileService;
import de.kokreation.proposal.ContributionService;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import de.kokreation.notification.Delivery;
import de.kokreation.notification.NotificationKind;
import de.kokreation.notification.NotificationSettings;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** All data the platform holds about the caller, as one JSON document (GDPR Art. 15 and 20). */
@Service
public class PersonalDataExport {

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private final ProfileService profiles;
    private final ContributionService contributions;
    private final NotificationSettings notificationSettings;
    private final Clock clock;

    PersonalDataExport(ProfileService profiles, ContributionService contributions,
            NotificationSettings notificationSettings, Clock clock) {
        this.profiles = profiles;
        this.contributions = contributions;
        this.notificationSettings = notificationSettings;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public String exportMyData() {
        PersonalData account = profiles.myPersonalData();
        return JSON.writeValueAsString(new Export(clock.instant(), account, notificationSettings.mySettings(),
                contributions.contributionsOf(account.accountId())));
    }

    /** The document: when it was made, the account with its login history, and the contributions. */
    public record Export(Instant exportedAt, PersonalData account,
            Map<NotificationKind, Delivery> notificationSettings, ContributionService.Contributions contributions) {
    }
}
