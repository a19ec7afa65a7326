package de.kokreation.meeting.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import de.kokreation.meeting.MeetingDetails;
import de.kokreation.meeting.MeetingMinutes;
import de.kokreation.meeting.MeetingService;
import de.kokreation.meeting.MinutesDraft;
import de.kokreation.meeting.MinutesVersion;
import de.kokreation.shared.DomainException;
import de.kokreation.shared.Permalinks;
import de.kokreation.shell.Breadcrumbs;
import de.kokreation.shell.ComponentTexts;
import de.kokreation.shell.MainLayout;
import de.kokreation.shell.TypedText;
import de.kokreation.shell.UserMessages;
import java.util.List;
import java.util.Optional;

/**
 * A meeting's minutes with every earlier version, for everyone; its organisers write a new version
 * here once the meeting has begun (the form holds the latest version to start from).
 */
@Route(value = Permalinks.MEETINGS + "/:id/protokoll", layout = MainLayout.class)
@AnonymousAllowed
public class MinutesView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final MeetingService meetings;
    private final MeetingMinutes minutes;
    private long meetingId;

    public MinutesView(MeetingService meetings, MeetingMinutes minutes) {
        this.meetings = meetings;
        this.minutes = minutes;
        addClassNames("kk-view", "kk-narrow");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        meetingId = MeetingView.parseId(event.getRouteParameters().get("id").orElse(""));
        MeetingDetails details = meetings.meeting(meetingId);
        List<MinutesVersion> versions = minutes.versions(meetingId);
        removeAll();
        add(
                new Breadcrumbs().link(details.summary().title(), Permalinks.meeting(meetingId)),
                new H1(getTranslation("minutes.title", details.summary().title())));
        if (details.mayOrganise() && details.summary().startsAt().isBefore(java.time.Instant.now())) {
            add(form(versions.stream().findFirst()));
        }
        if (versions.isEmpty()) {
            add(new Paragraph(getTranslation("minutes.none")));
        }
        for (MinutesVersion version : versions) {
            Section section = new Section(new H2(getTranslation("minutes.versionHeading", version.version())));
            section.add(new MinutesPanel(version));
            section.setId("minutes-version-" + version.version());
            add(section);
        }
    }

    private Section form(Optional<MinutesVersion> latest) {
        TextArea text = TypedText.countedAsTyped(new TextArea(getTranslation("minutes.field.text")));
        text.setMaxLength(MeetingMinutes.MINUTES_MAX);
        text.setHelperText(getTranslation("minutes.field.markdown"));
        text.setId("minutes-text");
        TextArea decisions = TypedText.countedAsTyped(new TextArea(getTranslation("minutes.field.decisions")));
        decisions.setMaxLength(MeetingMinutes.DECISIONS_MAX);
        decisions.setId("minutes-decisions");
        IntegerField attendance = ComponentTexts.localized(
                new IntegerField(getTranslation("minutes.field.attendance")), 0, MeetingMinutes.ATTENDANCE_MAX);
        attendance.setId("minutes-attendance");
        TextArea organisations = TypedText.countedAsTyped(new TextArea(getTranslation("minutes.field.organisations")));
        organisations.setMaxLength(MeetingMinutes.ORGANISATIONS_MAX);
        organisations.setHelperText(getTranslation("minutes.field.organisations.helper"));
        organisations.setId("minutes-organisations");
        latest.ifPresent(version -> {
            text.setValue(version.minutesSource());
            decisions.setValue(version.decisionsSource());
            attendance.setValue(version.attendance());
            organisations.setValue(String.join("\n", version.organisations()));
        });
        Button save = new Button(getTranslation("minutes.save"), click -> {
            text.setInvalid(false);
            try {
                int version = minutes.write(
                        meetingId,
                        new MinutesDraft(
                                text.getValue(), decisions.getValue(), attendance.getValue(), organisations.getValue()),
                        latest.map(MinutesVersion::version).orElse(0));
                UserMessages.showSuccess(getTranslation("minutes.saved", version));
                getUI().orElseThrow().refreshCurrentRoute(false);
            } catch (DomainException refused) {
                var field = refused.messageKey().contains("decisions")
                        ? decisions
                        : refused.messageKey().contains("organisations") ? organisations : text;
                if (refused.messageKey().contains("attendance")
                        || refused.messageKey().contains("conflict")) {
                    UserMessages.showFailure(refused);
                    return;
                }
                field.setErrorMessage(UserMessages.describe(getUI().orElseThrow(), refused));
                field.setInvalid(true);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("minutes-save");
        Section form =
                new Section(new H2(getTranslation("minutes.write")), attendance, organisations, decisions, text, save);
        form.addClassNames("kk-card", "kk-form-stack");
        form.setId("minutes-form");
        return form;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("minutes.pageTitle") + " – " + getTranslation("app.name");
    }
}
