package de.kokreation.meeting.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import de.kokreation.consultation.ConsultationDetails;
import de.kokreation.consultation.ConsultationService;
import de.kokreation.consultation.ThemeGroupSummary;
import de.kokreation.meeting.MeetingKind;
import de.kokreation.meeting.MeetingLimits;
import de.kokreation.meeting.MeetingPlan;
import de.kokreation.meeting.MeetingService;
import de.kokreation.shared.DomainException;
import de.kokreation.shared.NotPermittedException;
import de.kokreation.shared.Permalinks;
import de.kokreation.shell.ComponentTexts;
import de.kokreation.shell.MainLayout;
import de.kokreation.shell.TypedText;
import de.kokreation.shell.UserMessages;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Organisers plan a meeting ({@code /veranstaltungen/neu?konsultation=slug}, without it one of
 * the forum) or change it ({@code /veranstaltungen/{id}/bearbeiten}). Times are German time. A
 * refusal is shown at the field it concerns; nothing typed is lost.
 */
@Route(value = Permalinks.MEETINGS + "/:id/bearbeiten", layout = MainLayout.class)
@RouteAlias(value = Permalinks.MEETINGS + "/" + Permalinks.NEW_MEETING, layout = MainLayout.class)
@PermitAll
public class MeetingFormView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final MeetingService meetings;
    private final ConsultationService consultations;
    private final de.kokreation.actionplan.ActionPlanService actionPlans;
    private final Clock clock;

    private final Select<MeetingKind> kind = new Select<>();
    private final TextField title = TypedText.countedAsTyped(new TextField());
    private final DatePicker startDate = new DatePicker();
    private final TimePicker startTime = new TimePicker();
    private final DatePicker endDate = new DatePicker();
    private final TimePicker endTime = new TimePicker();
    private final TextField place = TypedText.countedAsTyped(new TextField());
    private final TextArea accessibility = TypedText.countedAsTyped(new TextArea());
    private final TextField onlineLink = TypedText.countedAsTyped(new TextField());
    private final TextArea agenda = TypedText.countedAsTyped(new TextArea());
    private final IntegerField capacity = new IntegerField();
    private final CheckboxGroup<ThemeGroupSummary> themeGroups = new CheckboxGroup<>();

    private @Nullable Long meetingId;
    private @Nullable Long consultationId;
    private @Nullable Long actionPlanId;

    public MeetingFormView(
            MeetingService meetings,
            ConsultationService consultations,
            de.kokreation.actionplan.ActionPlanService actionPlans,
            Clock clock) {
        this.actionPlans = actionPlans;
        this.meetings = meetings;
        this.consultations = consultations;
        this.clock = clock;
        addClassNames("kk-view", "kk-narrow");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        meetingId =
                event.getRouteParameters().get("id").map(MeetingView::parseId).orElse(null);
        List<ThemeGroupSummary> groups = List.of();
        MeetingPlan existing = null;
        if (meetingId != null) {
            existing = meetings.plan(meetingId);
            consultationId = meetings.consultationOf(meetingId);
            actionPlanId = meetings.actionPlanOf(meetingId);
        } else {
            actionPlanId = null;
            String slug = event.getLocation()
                    .getQueryParameters()
                    .getSingleParameter("konsultation")
                    .orElse(null);
            consultationId = slug == null
                    ? null
                    : consultations.getConsultation(slug).consultation().id();
            String planSlug = event.getLocation()
                    .getQueryParameters()
                    .getSingleParameter("aktionsplan")
                    .orElse(null);
            if (planSlug != null) {
                var planRef = actionPlans
                        .publishedPlan(planSlug)
                        .orElseThrow(() -> new de.kokreation.shared.NotFoundException("plan.error.notFound", planSlug));
                if (!planRef.mayCoordinate()) {
                    throw new NotPermittedException("meeting.error.notOrganiser");
                }
                actionPlanId = planRef.id();
                consultationId = null;
            } else if (!meetings.mayCreate(consultationId)) {
                throw new NotPermittedException("meeting.error.notOrganiser");
            }
        }
        String heading;
        if (actionPlanId != null) {
            heading = getTranslation(
                    meetingId == null ? "meeting.form.newOfPlan" : "meeting.form.editOfPlan",
                    actionPlans
                            .publishedPlan(actionPlanId)
                            .map(de.kokreation.actionplan.PlanRef::title)
                            .orElse(""));
        } else if (consultationId != null) {
            ConsultationDetails details = consultations.getConsultation(consultationId);
            groups = details.themeGroups();
            heading = getTranslation(
                    meetingId == null ? "meeting.form.newOf" : "meeting.form.editOf",
                    details.consultation().title());
        } else {
            heading = getTranslation(meetingId == null ? "meeting.form.newForum" : "meeting.form.editForum");
        }
        add(new H1(heading), form(groups, existing));
    }

    private Div form(List<ThemeGroupSummary> groups, @Nullable MeetingPlan existing) {
        kind.setLabel(getTranslation("meeting.field.kind"));
        kind.setItems(
                consultationId == null && actionPlanId == null
                        ? List.of(MeetingKind.FORUM_MEETING)
                        : List.of(MeetingKind.WORKSHOP, MeetingKind.ONLINE_SESSION));
        kind.setItemLabelGenerator(value -> getTranslation(value.messageKey()));
        kind.setValue(
                existing != null ? existing.kind() : kind.getListDataView().getItem(0));
        kind.setId("meeting-kind");
        title.setLabel(getTranslation("meeting.field.title"));
        title.setMaxLength(MeetingLimits.TITLE_MAX);
        title.setRequired(true);
        title.setId("meeting-title");
        startDate.setLabel(getTranslation("meeting.field.startDate"));
        startDate.setId("meeting-start-date");
        startTime.setLabel(getTranslation("meeting.field.startTime"));
        startTime.setId("meeting-start-time");
        endDate.setLabel(getTranslation("meeting.field.endDate"));
        endDate.setId("meeting-end-date");
        endTime.setLabel(getTranslation("meeting.field.endTime"));
        endTime.setId("meeting-end-time");
        for (DatePicker date : List.of(startDate, endDate)) {
            ComponentTexts.localized(date);
            date.setRequired(true);
        }
        for (TimePicker time : List.of(startTime, endTime)) {
            ComponentTexts.localized(time);
            time.setRequired(true);
        }
        // The end follows the start's day until someone picks another one.
        startDate.addValueChangeListener(change -> {
            if (change.isFromClient()
                    && (endDate.isEmpty() || endDate.getValue().equals(change.getOldValue()))) {
                endDate.setValue(change.getValue());
            }
        });
        place.setLabel(getTranslation("meeting.field.place"));
        place.setMaxLength(MeetingLimits.PLACE_MAX);
        place.setId("meeting-place");
        accessibility.setLabel(getTranslation("meeting.field.accessibility"));
        accessibility.setHelperText(getTranslation("meeting.field.accessibility.helper"));
        accessibility.setMaxLength(MeetingLimits.ACCESSIBILITY_MAX);
        accessibility.setId("meeting-accessibility");
        onlineLink.setLabel(getTranslation("meeting.field.onlineLink"));
        onlineLink.setHelperText(getTranslation("meeting.field.onlineLink.helper"));
        onlineLink.setMaxLength(MeetingLimits.ONLINE_LINK_MAX);
        onlineLink.setId("meeting-online-link-field");
        agenda.setLabel(getTranslation("meeting.field.agenda"));
        agenda.setHelperText(getTranslation("meeting.field.agenda.helper"));
        agenda.setMaxLength(MeetingLimits.AGENDA_MAX);
        agenda.setId("meeting-agenda");
        capacity.setLabel(getTranslation("meeting.field.capacity"));
        capacity.setHelperText(getTranslation("meeting.field.capacity.helper"));
        ComponentTexts.localized(capacity, 1, MeetingLimits.CAPACITY_MAX);
        capacity.setId("meeting-capacity");
        themeGroups.setLabel(getTranslation("meeting.field.themeGroups"));
        themeGroups.setItems(groups);
        themeGroups.setItemLabelGenerator(ThemeGroupSummary::name);
        themeGroups.setId("meeting-theme-groups");
        themeGroups.setVisible(!groups.isEmpty());

        if (existing != null) {
            fill(existing, groups);
        }

        FormLayout layout = new FormLayout(
                kind,
                title,
                startDate,
                startTime,
                endDate,
                endTime,
                place,
                onlineLink,
                accessibility,
                capacity,
                themeGroups,
                agenda);
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30rem", 2));
        for (com.vaadin.flow.component.Component wide : List.<com.vaadin.flow.component.Component>of(
                title, place, onlineLink, accessibility, themeGroups, agenda)) {
            layout.setColspan(wide, 2);
        }
        Button save =
                new Button(getTranslation(meetingId == null ? "meeting.form.create" : "profile.save"), click -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("meeting-save");
        Div buttons = new Div(save);
        buttons.addClassName("kk-form-buttons");
        Div form = new Div(layout, buttons);
        form.addClassName("kk-form-stack");
        return form;
    }

    private void fill(MeetingPlan plan, List<ThemeGroupSummary> groups) {
        ZonedDateTime start = plan.startsAt().atZone(clock.getZone());
        ZonedDateTime end = plan.endsAt().atZone(clock.getZone());
        title.setValue(plan.title());
        startDate.setValue(start.toLocalDate());
        startTime.setValue(start.toLocalTime());
        endDate.setValue(end.toLocalDate());
        endTime.setValue(end.toLocalTime());
        place.setValue(plan.place());
        accessibility.setValue(plan.accessibility());
        onlineLink.setValue(plan.onlineLink());
        agenda.setValue(plan.agenda());
        capacity.setValue(plan.capacity());
        themeGroups.setValue(groups.stream()
                .filter(group -> plan.themeGroupIds().contains(group.id()))
                .collect(Collectors.toSet()));
    }

    private void save() {
        Map<String, HasValidation> fields = fieldsByMessage();
        fields.values().forEach(field -> field.setInvalid(false));
        if (startDate.isInvalid()
                || startTime.isInvalid()
                || endDate.isInvalid()
                || endTime.isInvalid()
                || capacity.isInvalid()) {
            // The field already says what it cannot read; its text is still in the box.
            UserMessages.showError(getTranslation("meeting.error.fix"));
            return;
        }
        LocalDate day = startDate.getValue();
        LocalTime from = startTime.getValue();
        LocalDate lastDay = endDate.isEmpty() ? day : endDate.getValue();
        LocalTime until = endTime.getValue();
        if (day == null || from == null || lastDay == null || until == null) {
            showAt(endTime, getTranslation("meeting.error.timeMissing"));
            return;
        }
        Set<Long> groupIds = new HashSet<>();
        themeGroups.getValue().forEach(group -> groupIds.add(group.id()));
        MeetingPlan plan = new MeetingPlan(
                kind.getValue(),
                title.getValue(),
                at(day, from),
                at(lastDay, until),
                place.getValue(),
                accessibility.getValue(),
                onlineLink.getValue(),
                agenda.getValue(),
                capacity.getValue(),
                groupIds);
        try {
            long id;
            if (meetingId == null && actionPlanId != null) {
                id = meetings.createForPlan(actionPlanId, plan);
            } else if (meetingId == null) {
                id = meetings.create(consultationId, plan);
            } else {
                meetings.change(meetingId, plan);
                id = meetingId;
            }
            UserMessages.showSuccess(getTranslation("profile.saved"));
            getUI().orElseThrow().navigate(Permalinks.meeting(id));
        } catch (DomainException refused) {
            String message = UserMessages.describe(getUI().orElseThrow(), refused);
            HasValidation field = fields.entrySet().stream()
                    .filter(entry -> refused.messageKey().startsWith(entry.getKey()))
                    .map(Map.Entry::getValue)
                    .findFirst()
                    .orElse(null);
            if (field == null) {
                UserMessages.showFailure(refused);
            } else {
                showAt(field, message);
            }
        }
    }

    private Instant at(LocalDate day, LocalTime time) {
        return day.atTime(time).atZone(clock.getZone()).toInstant();
    }

    private static void showAt(HasValidation field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
    }

    /** Which field a refusal belongs to, by the start of its message key. */
    private Map<String, HasValidation> fieldsByMessage() {
        Map<String, HasValidation> fields = new LinkedHashMap<>();
        fields.put("meeting.error.title", title);
        fields.put("meeting.error.endBeforeStart", endTime);
        fields.put("meeting.error.tooLong", endDate);
        fields.put("meeting.error.place", place);
        fields.put("meeting.error.link", onlineLink);
        fields.put("meeting.error.accessibility", accessibility);
        fields.put("meeting.error.agenda", agenda);
        fields.put("meeting.error.capacity", capacity);
        fields.put("meeting.error.themeGroups", themeGroups);
        fields.put("meeting.error.timeMissing", endTime);
        return fields;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("meeting.form.title") + " – " + getTranslation("app.name");
    }
}
