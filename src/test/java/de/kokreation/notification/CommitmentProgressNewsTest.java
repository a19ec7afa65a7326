package de.kokreation.notification;

import static org.assertj.core.api.Assertions.assertThat;

import de.kokreation.Fixtures;
import de.kokreation.IntegrationTest;
import de.kokreation.PlanFixtures;
import de.kokreation.TestMailServer;
import de.kokreation.account.Role;
import de.kokreation.account.UserAccount;
import de.kokreation.actionplan.CommitmentLine;
import de.kokreation.actionplan.CompletionLevel;
import de.kokreation.actionplan.ImplementationService;
import de.kokreation.actionplan.PlanSummary;
import de.kokreation.actionplan.ProgressReport;
import de.kokreation.shell.Formats;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.util.EnumSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A commitment's new level reaches the authors of the proposals it grew from and its followers as
 * each of them chose in their notification settings: at once, in the daily digest, or not at all.
 */
@IntegrationTest
class CommitmentProgressNewsTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    PlanFixtures planFixtures;

    @Autowired
    ImplementationService implementation;

    @Autowired
    NotificationSettings settings;

    @Autowired
    DailyDigest digest;

    @Autowired
    TestMailServer mail;

    @AfterEach
    void logout() {
        fixtures.logout();
    }

    @Test
    void aNewLevelReachesEachPersonAsTheyChose() {
        UserAccount author = fixtures.citizen();
        UserAccount coordinator = fixtures.account("Koordination", EnumSet.of(Role.CITIZEN));
        String title = "Offene Förderdaten " + Fixtures.next();
        PlanSummary plan = planFixtures.published(coordinator, planFixtures.finalDraft(author, title, 1));
        CommitmentLine commitment = implementation.commitment(plan.slug(), 1).commitment();
        UserAccount follower = fixtures.citizen();
        fixtures.as(follower, () -> {
            implementation.follow(commitment.id());
            settings.change(NotificationKind.COMMITMENT_PROGRESS, Delivery.OFF);
            return null;
        });
        fixtures.as(author, () -> {
            settings.change(NotificationKind.COMMITMENT_PROGRESS, Delivery.DAILY_DIGEST);
            return null;
        });
        fixtures.as(coordinator, () -> {
            implementation.report(
                    commitment.milestones().getFirst().id(),
                    new ProgressReport(CompletionLevel.LIMITED, LocalDate.now(Formats.ZONE), "Begonnen.", ""));
            return null;
        });
        assertThat(mail.mailsToAfterQuietPeriod(author.email()))
                .as("collected for the digest")
                .isEmpty();

        digest.sendAll();

        MimeMessage daily = mail.awaitMailTo(author.email());
        assertThat(TestMailServer.text(daily))
                .contains("Verpflichtung 1 „" + title + "“ (" + plan.title() + "): Umsetzung begrenzt");
        assertThat(mail.mailsTo(follower.email())).as("switched off").isEmpty();
    }
}
