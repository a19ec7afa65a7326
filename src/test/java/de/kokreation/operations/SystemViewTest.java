package de.kokreation.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Paragraph;
import de.kokreation.Fixtures;
import de.kokreation.IntegrationTest;
import de.kokreation.account.Role;
import de.kokreation.operations.ui.SystemView;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumSet;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;

/** The admins' system page: the build and node, what waits for delivery, the jobs' last runs. */
@IntegrationTest
class SystemViewTest extends SpringBrowserlessTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SystemStatus status;

    private final UUID waiting = UUID.randomUUID();

    @AfterEach
    void cleanUp() {
        jdbc.update("delete from event_publication where id = ?", waiting);
        jdbc.update("delete from shedlock where name = 'system-view-test'");
        fixtures.logout();
    }

    @Test
    void anAdminSeesTheNodeTheWaitingDeliveriesAndTheJobs() {
        jdbc.update(
                "insert into event_publication (id, publication_date, listener_id, serialized_event, event_type,"
                        + " completion_attempts, status) values (?, ?, ?, '{}', ?, 2, 'FAILED')",
                waiting,
                Timestamp.from(Instant.parse("2026-12-01T08:00:00Z")),
                "de.kokreation.notification.AccountMails.on(de.kokreation.account.AccountEvents$Registered)",
                "de.kokreation.account.AccountEvents$Registered");
        jdbc.update(
                "insert into shedlock (name, lock_until, locked_at, locked_by) values ('system-view-test', ?, ?, 'node-x')",
                Timestamp.valueOf("2026-12-01 07:05:00"),
                Timestamp.valueOf("2026-12-01 07:00:00"));
        fixtures.loginAs(fixtures.account("Admina", EnumSet.of(Role.ADMIN)));

        UI.getCurrent().navigate(SystemView.class);

        assertThat($(DescriptionList.class).id("system-facts").getElement().getTextRecursively())
                .contains("Version")
                .contains("Knoten");
        assertThat($(Paragraph.class).id("system-waiting-count").getText()).contains("wartet");
        String waitingRows =
                $(NativeTable.class).id("system-waiting").getElement().getOuterHTML();
        assertThat(waitingRows)
                .contains("AccountEvents$Registered")
                .contains("AccountMails.on")
                .contains("FAILED");
        String jobs = $(NativeTable.class).id("system-jobs").getElement().getOuterHTML();
        assertThat(jobs).contains("system-view-test").contains("node-x").contains("01.12.2026");
        String work = $(NativeTable.class).id("system-work").getElement().getTextRecursively();
        assertThat(work)
                .contains("Ergebnisbericht")
                .contains("Clusterbildung")
                .contains("Neuaufbau des Suchindex")
                .contains("Import von Workshop-Karten");
        assertThat($(Paragraph.class).id("system-work-directory").getText())
                .contains("kokreation-jobs")
                .contains("MB frei");
    }

    @Test
    void onlyAdminsReadTheSystemStatus() {
        fixtures.loginAs(fixtures.account("Koordinatorin", EnumSet.of(Role.COORDINATOR)));

        assertThatThrownBy(() -> status.now())
                .isInstanceOfAny(AccessDeniedException.class, AuthorizationDeniedException.class);
    }
}
