package de.kokreation.operations.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import de.kokreation.operations.SystemStatus;
import de.kokreation.shell.DataTables;
import de.kokreation.shell.Formats;
import de.kokreation.shell.MainLayout;
import jakarta.annotation.security.RolesAllowed;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The admins' view of the running system: the build and this node, the mails (event
 * publications) still waiting for delivery, and the scheduled jobs with their last run on any
 * node. Read when opened and on "refresh"; Prometheus has the figures over time.
 */
@Route(value = "admin/system", layout = MainLayout.class)
@RolesAllowed("ADMIN")
public class SystemView extends Div implements HasDynamicTitle {

    private final SystemStatus status;
    private final Div content = new Div();

    public SystemView(SystemStatus status) {
        this.status = status;
        addClassNames("kk-view");
        Button refresh = new Button(getTranslation("system.refresh"), click -> render());
        refresh.setId("system-refresh");
        add(new H1(getTranslation("system.title")), new Paragraph(getTranslation("system.intro")), refresh, content);
        render();
    }

    private void render() {
        SystemStatus.Snapshot now = status.now();
        Locale locale = getLocale();
        content.removeAll();

        DescriptionList facts = new DescriptionList();
        facts.setId("system-facts");
        facts.addClassName("kk-facts");
        fact(facts, "system.version", now.version());
        fact(facts, "system.commit", now.commit());
        now.built().ifPresent(built -> fact(facts, "system.built", Formats.dateTime(built, locale)));
        fact(facts, "system.node", now.node());
        fact(facts, "system.nodeStarted", Formats.dateTime(now.nodeStarted(), locale));
        fact(facts, "system.uptime", duration(now.uptime()));
        fact(facts, "system.sessions", getTranslation("system.sessionsValue", now.sessions(), now.uis()));
        fact(facts, "system.heap", getTranslation("system.heapValue", now.heapUsedMegabytes(), now.heapMaxMegabytes()));
        content.add(new H2(getTranslation("system.thisNode")), facts);

        content.add(new H2(getTranslation("system.waiting")));
        Paragraph waitingCount = new Paragraph(getTranslation("system.waitingCount", now.waitingCount()));
        waitingCount.setId("system-waiting-count");
        content.add(waitingCount);
        if (!now.waiting().isEmpty()) {
            NativeTable waiting = DataTables.table(
                    "system-waiting",
                    getTranslation("system.waitingCaption"),
                    headers("system.event", "system.listener", "system.published", "system.attempts", "system.state"));
            for (SystemStatus.WaitingPublication one : now.waiting()) {
                row(
                        waiting,
                        one.event(),
                        one.listener(),
                        Formats.dateTime(one.published(), locale),
                        String.valueOf(one.attempts()),
                        one.status());
            }
            content.add(DataTables.scrolling(waiting));
        }

        content.add(new H2(getTranslation("system.jobs")), new Paragraph(getTranslation("system.jobsIntro")));
        NativeTable jobs = DataTables.table(
                "system-jobs",
                getTranslation("system.jobsCaption"),
                headers("system.job", "system.lastStart", "system.jobNode", "system.lockedUntil"));
        for (SystemStatus.JobRun job : now.jobs()) {
            row(
                    jobs,
                    job.name(),
                    Formats.dateTime(job.lastStart(), locale),
                    job.node(),
                    job.locked() ? Formats.dateTime(job.lockedUntil(), locale) : getTranslation("system.free"));
        }
        content.add(DataTables.scrolling(jobs));

        content.add(new H2(getTranslation("system.work")), new Paragraph(getTranslation("system.workIntro")));
        NativeTable work = DataTables.table(
                "system-work",
                getTranslation("system.workCaption"),
                headers("system.workKind", "system.workLoad", "system.workLimit"));
        for (SystemStatus.WorkLoad load : now.work()) {
            row(
                    work,
                    getTranslation("job.kind." + load.kind().propertyName()),
                    String.valueOf(load.load()),
                    String.valueOf(load.limit()));
        }
        content.add(DataTables.scrolling(work));
        Paragraph directory = new Paragraph(
                now.jobDirectoryFreeMegabytes() < 0
                        ? getTranslation("system.workDirectoryUnreadable", now.jobDirectory())
                        : getTranslation("system.workDirectory", now.jobDirectory(), now.jobDirectoryFreeMegabytes()));
        directory.setId("system-work-directory");
        content.add(directory);
    }

    private void fact(DescriptionList facts, String label, String value) {
        facts.add(new DescriptionList.Term(getTranslation(label)), new DescriptionList.Description(value));
    }

    private List<String> headers(String... keys) {
        return Arrays.stream(keys).map(this::getTranslation).toList();
    }

    private static void row(NativeTable table, String... cells) {
        NativeTableRow row = table.getBody().addRow();
        for (String cell : cells) {
            row.addDataCell().setText(cell);
        }
    }

    private String duration(Duration duration) {
        return getTranslation(
                "system.uptimeValue", duration.toDays(), duration.toHoursPart(), duration.toMinutesPart());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("system.title") + " – " + getTranslation("app.name");
    }
}
