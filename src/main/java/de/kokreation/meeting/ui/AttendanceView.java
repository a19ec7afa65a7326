package de.kokreation.meeting.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import de.kokreation.meeting.MeetingDetails;
import de.kokreation.meeting.MeetingService;
import de.kokreation.meeting.RegistrationRow;
import de.kokreation.meeting.RegistrationService;
import de.kokreation.meeting.RegistrationStatus;
import de.kokreation.shared.Permalinks;
import de.kokreation.shell.Breadcrumbs;
import de.kokreation.shell.DataTables;
import de.kokreation.shell.Formats;
import de.kokreation.shell.MainLayout;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import java.util.List;

/**
 * The organisers' attendance list: who has a seat, who waits (in order), their needs; as a table
 * and as CSV. Personal data: the service shows it to organisers only.
 */
@Route(value = Permalinks.MEETINGS + "/:id/anmeldungen", layout = MainLayout.class)
@PermitAll
public class AttendanceView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final MeetingService meetings;
    private final RegistrationService registrations;

    public AttendanceView(MeetingService meetings, RegistrationService registrations) {
        this.meetings = meetings;
        this.registrations = registrations;
        addClassName("kk-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = MeetingView.parseId(event.getRouteParameters().get("id").orElse(""));
        List<RegistrationRow> rows = registrations.registrations(id);
        MeetingDetails details = meetings.meeting(id);
        removeAll();
        add(
                new Breadcrumbs().link(details.summary().title(), Permalinks.meeting(id)),
                new H1(getTranslation(
                        "meeting.attendance.title", details.summary().title())));
        long seats = rows.stream()
                .filter(row -> row.status() == RegistrationStatus.CONFIRMED)
                .count();
        add(new Paragraph(getTranslation("meeting.attendance.counts", seats, rows.size() - seats)));
        Anchor csv = new Anchor(
                DownloadHandler.fromInputStream(download -> {
                    byte[] file =
                            registrations.attendanceCsv(id, column -> getTranslation("meeting.attendance." + column));
                    return new DownloadResponse(
                            new ByteArrayInputStream(file), "anmeldungen-" + id + ".csv", "text/csv", file.length);
                }),
                getTranslation("meeting.attendance.csv"));
        csv.setId("attendance-csv");
        csv.addClassName("kk-button-link-secondary");
        add(csv);
        NativeTable table = DataTables.table(
                "attendance-table",
                getTranslation("meeting.attendance.caption"),
                RegistrationService.ATTENDANCE_COLUMNS.stream()
                        .map(column -> getTranslation("meeting.attendance." + column))
                        .toList());
        for (RegistrationRow row : rows) {
            NativeTableRow line = table.getBody().addRow();
            line.addDataCell().setText(row.displayName());
            line.addDataCell().setText(row.email());
            line.addDataCell()
                    .setText(getTranslation(
                            "meeting.attendance.status." + row.status().name()));
            line.addDataCell().setText(row.needs());
            line.addDataCell().setText(Formats.dateTime(row.registeredAt(), getLocale()));
        }
        add(DataTables.scrolling(table));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("meeting.attendance") + " – " + getTranslation("app.name");
    }
}
