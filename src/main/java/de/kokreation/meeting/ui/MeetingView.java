package de.kokreation.meeting.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import de.kokreation.account.CurrentUser;
import de.kokreation.meeting.MeetingDetails;
import de.kokreation.meeting.MeetingLimits;
import de.kokreation.meeting.MeetingMinutes;
import de.kokreation.meeting.MeetingService;
import de.kokreation.meeting.MeetingSummary;
import de.kokreation.meeting.RegistrationService;
import de.kokreation.meeting.RegistrationStatus;
import de.kokreation.proposal.ProposalService;
import de.kokreation.proposal.ProposalSummary;
import de.kokreation.shared.NotFoundException;
import de.kokreation.shared.Permalinks;
import de.kokreation.shell.Breadcrumbs;
import de.kokreation.shell.Confirmations;
import de.kokreation.shell.Formats;
import de.kokreation.shell.Html5;
import de.kokreation.shell.MainLayout;
import de.kokreation.shell.TypedText;
import de.kokreation.shell.UserMessages;
import java.util.List;

/**
 * A meeting's public page: when and where, what it offers for accessibility, the agenda, and
 * registration in one step (with needs only the organisers see). Organisers find their links here.
 */
@Route(value = Permalinks.MEETINGS + "/:id", layout = MainLayout.class)
@AnonymousAllowed
public class MeetingView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final MeetingService meetings;
    private final RegistrationService registrations;
    private final CurrentUser currentUser;
    private final ProposalService proposals;
    private final MeetingMinutes minutes;
    private String pageTitle = "";

    public MeetingView(
            MeetingService meetings,
            RegistrationService registrations,
            CurrentUser currentUser,
            ProposalService proposals,
            MeetingMinutes minutes) {
        this.minutes = minutes;
        this.proposals = proposals;
        this.meetings = meetings;
        this.registrations = registrations;
        this.currentUser = currentUser;
        addClassNames("kk-view", "kk-narrow");
    }

    static long parseId(String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException notAnId) {
            throw new NotFoundException("meeting.error.notFound", value);
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = parseId(event.getRouteParameters().get("id").orElse(""));
        MeetingDetails details = meetings.meeting(id);
        MeetingSummary meeting = details.summary();
        pageTitle = meeting.title();
        removeAll();
        Breadcrumbs trail = new Breadcrumbs();
        if (meeting.consultationSlug() != null) {
            trail.link(meeting.consultationTitle(), Permalinks.consultation(meeting.consultationSlug()));
        } else if (meeting.actionPlanSlug() != null) {
            trail.link(meeting.actionPlanTitle(), Permalinks.actionPlan(meeting.actionPlanSlug()));
        } else {
            trail.link(getTranslation("meeting.calendar"), Permalinks.meetings());
        }
        add(trail, new H1(meeting.title()));
        Span kind = new Span(getTranslation(meeting.kind().messageKey()));
        kind.addClassName("kk-badge");
        Div meta = new Div(kind);
        meta.addClassName("kk-card-meta");
        add(meta);
        if (meeting.cancelled()) {
            Paragraph cancelled = new Paragraph(getTranslation("meeting.cancelledCallout"));
            cancelled.addClassName("kk-callout");
            cancelled.setId("meeting-cancelled");
            add(cancelled);
        }
        add(facts(details));
        add(registration(details));
        if (!details.themeGroupNames().isEmpty()) {
            add(new Paragraph(getTranslation("meeting.themeGroups", String.join(", ", details.themeGroupNames()))));
        }
        Section agenda = new Section(new H2(getTranslation("meeting.agenda")));
        agenda.add(
                details.agendaHtml().isBlank()
                        ? new Paragraph(getTranslation("meeting.agendaEmpty"))
                        : Html5.sanitizedHtml(details.agendaHtml()));
        add(agenda);
        add(input(details));
        add(roomResults(details));
        add(minutesSection(details));
        add(links(details));
    }

    private Component facts(MeetingDetails details) {
        MeetingSummary meeting = details.summary();
        Div facts = new Div();
        facts.addClassName("kk-stack");
        facts.setId("meeting-facts");
        Html5.Time start = Html5.time(meeting.startsAt(), getLocale());
        start.setText(Formats.span(meeting.startsAt(), meeting.endsAt(), getLocale()));
        facts.add(new Paragraph(new Span(getTranslation("meeting.when") + " "), start));
        if (meeting.place() != null) {
            facts.add(new Paragraph(getTranslation("meeting.where", meeting.place())));
        }
        if (details.accessibility() != null) {
            facts.add(new Paragraph(getTranslation("meeting.accessibility", details.accessibility())));
        }
        if (meeting.online()) {
            if (details.onlineLink() != null) {
                Anchor link = new Anchor(details.onlineLink(), details.onlineLink());
                link.setTarget("_blank");
                link.getElement().setAttribute("rel", "noopener noreferrer");
                link.setId("meeting-online-link");
                facts.add(new Paragraph(new Span(getTranslation("meeting.onlineLink") + " "), link));
            } else {
                facts.add(new Paragraph(getTranslation("meeting.onlineLinkAfterRegistration")));
            }
        }
        facts.add(new Paragraph(seats(meeting)));
        return facts;
    }

    private String seats(MeetingSummary meeting) {
        Long left = meeting.seatsLeft();
        if (left == null) {
            return getTranslation("meeting.seatsUnlimited", meeting.seatsTaken());
        }
        String seats = getTranslation("meeting.seats", left, meeting.capacity());
        return meeting.waiting() > 0 ? seats + " " + getTranslation("meeting.waitingCount", meeting.waiting()) : seats;
    }

    private Component registration(MeetingDetails details) {
        Section box = new Section(new H2(getTranslation("meeting.registration")));
        box.setId("meeting-registration");
        box.addClassNames("kk-card", "kk-form-stack");
        long id = details.summary().id();
        if (currentUser.find().isEmpty()) {
            if (details.takesRegistrations()) {
                Anchor login = new Anchor(
                        Permalinks.joinAndReturnTo(Permalinks.meeting(id)), getTranslation("meeting.loginToRegister"));
                login.setId("meeting-login");
                box.add(new Paragraph(login));
            } else {
                box.add(new Paragraph(getTranslation("meeting.registrationClosed")));
            }
            return box;
        }
        RegistrationStatus status = details.myStatus();
        if (status == RegistrationStatus.CONFIRMED) {
            Paragraph state = new Paragraph(getTranslation("meeting.youAreRegistered"));
            state.setId("meeting-my-status");
            box.add(state);
        } else if (status == RegistrationStatus.WAITING) {
            Paragraph state = new Paragraph(getTranslation("meeting.youAreWaiting", details.myWaitingPosition()));
            state.setId("meeting-my-status");
            box.add(state);
        }
        if (!details.takesRegistrations()) {
            box.add(new Paragraph(getTranslation("meeting.registrationClosed")));
            if (status == null) {
                return box;
            }
        }
        TextArea needs = TypedText.countedAsTyped(new TextArea(getTranslation("meeting.needs")));
        needs.setHelperText(getTranslation("meeting.needsHelper"));
        needs.setMaxLength(MeetingLimits.NEEDS_MAX);
        needs.setValue(details.myNeeds());
        needs.setId("meeting-needs");
        box.add(needs);
        Div buttons = new Div();
        buttons.addClassName("kk-form-buttons");
        if (status == null) {
            Long left = details.summary().seatsLeft();
            if (left != null && left == 0) {
                box.addComponentAtIndex(1, new Paragraph(getTranslation("meeting.fullWaitingList")));
            }
            Button register = new Button(getTranslation("meeting.register"), click -> {
                try {
                    RegistrationStatus result = registrations.register(id, needs.getValue());
                    getUI().orElseThrow().refreshCurrentRoute(false);
                    UserMessages.showSuccess(getTranslation(
                            result == RegistrationStatus.CONFIRMED ? "meeting.registered" : "meeting.waitingListed"));
                } catch (RuntimeException refused) {
                    UserMessages.showFailure(refused);
                }
            });
            register.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            register.setId("meeting-register");
            buttons.add(register);
        } else {
            Button save = new Button(getTranslation("meeting.saveNeeds"), click -> {
                try {
                    registrations.register(id, needs.getValue());
                    UserMessages.showSuccess(getTranslation("profile.saved"));
                } catch (RuntimeException refused) {
                    UserMessages.showFailure(refused);
                }
            });
            save.setId("meeting-save-needs");
            Button cancel = new Button(
                    getTranslation("meeting.unregister"),
                    click -> Confirmations.askThenDo(
                            getTranslation("meeting.unregister.header"),
                            getTranslation("meeting.unregister.text"),
                            getTranslation("meeting.unregister"),
                            () -> registrations.cancel(id),
                            getTranslation("meeting.unregistered")));
            cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
            cancel.setId("meeting-unregister");
            buttons.add(save, cancel);
        }
        box.add(buttons);
        return box;
    }

    /** What the meeting brought into the consultation: the proposals written on its cards. */
    private Component input(MeetingDetails details) {
        Section section = new Section();
        section.setId("meeting-input");
        if (details.summary().consultationSlug() == null) {
            section.setVisible(false);
            return section;
        }
        List<ProposalSummary> fromHere = proposals.fromMeeting(details.summary().id());
        if (fromHere.isEmpty()) {
            section.setVisible(false);
            return section;
        }
        section.add(new H2(getTranslation("meeting.input", fromHere.size())));
        UnorderedList list = new UnorderedList();
        list.addClassName("kk-link-list");
        for (ProposalSummary proposal : fromHere) {
            list.add(new ListItem(new Anchor(Permalinks.proposal(proposal.id()), proposal.title())));
        }
        section.add(list);
        return section;
    }

    /** The proposals the room voted on, with its dots and live votes (never mixed with the online votes). */
    private Component roomResults(MeetingDetails details) {
        Section section = new Section();
        section.setId("meeting-room-results");
        var results = meetings.roomResults(details.summary().id());
        if (results.isEmpty()) {
            section.setVisible(false);
            return section;
        }
        section.add(new H2(getTranslation("meeting.roomResults")));
        UnorderedList list = new UnorderedList();
        list.addClassName("kk-link-list");
        for (var line : results) {
            ListItem item = new ListItem(new Anchor(Permalinks.proposal(line.proposalId()), line.title()));
            if (line.dots() != null) {
                item.add(new Span(" · " + getTranslation("proposal.roomVotes.dots", line.dots())));
            }
            if (line.liveFor() + line.liveAgainst() > 0) {
                item.add(new Span(
                        " · " + getTranslation("proposal.roomVotes.live", line.liveFor(), line.liveAgainst())));
            }
            list.add(item);
        }
        section.add(list);
        return section;
    }

    /** The latest minutes, with the way to every version. */
    private Component minutesSection(MeetingDetails details) {
        Section section = new Section();
        section.setId("meeting-minutes");
        var latest = minutes.latest(details.summary().id());
        if (latest.isEmpty()) {
            section.setVisible(false);
            return section;
        }
        section.add(new H2(getTranslation("minutes.heading")), new MinutesPanel(latest.get()));
        if (latest.get().version() > 1) {
            section.add(new Paragraph(new Anchor(
                    Permalinks.meeting(details.summary().id()) + "/protokoll", getTranslation("minutes.allVersions"))));
        }
        return section;
    }

    private Component links(MeetingDetails details) {
        long id = details.summary().id();
        Div links = new Div();
        links.addClassName("kk-form-buttons");
        Anchor calendar = new Anchor(Permalinks.meetingCalendar(id), getTranslation("meeting.addToCalendar"));
        calendar.setRouterIgnore(true);
        calendar.setId("meeting-calendar");
        links.add(calendar);
        if (details.mayOrganise()) {
            Anchor attendance =
                    new Anchor(Permalinks.meeting(id) + "/anmeldungen", getTranslation("meeting.attendance"));
            attendance.setId("meeting-attendance");
            links.add(attendance);
            if (details.summary().consultationSlug() != null
                    && !details.summary().cancelled()) {
                Anchor live = new Anchor(Permalinks.meeting(id) + "/live", getTranslation("meeting.liveVoting"));
                live.setId("meeting-live");
                links.add(live);
            }
            if (details.takesCards()
                    || (details.summary().consultationSlug() == null
                            && !details.summary().cancelled()
                            && details.summary().startsAt().isBefore(java.time.Instant.now()))) {
                Anchor write = new Anchor(Permalinks.meeting(id) + "/protokoll", getTranslation("minutes.write"));
                write.setId("meeting-write-minutes");
                links.add(write);
            }
            if (details.takesCards()) {
                Anchor cards = new Anchor(Permalinks.meeting(id) + "/karten", getTranslation("meeting.typeCards"));
                cards.setId("meeting-cards");
                links.add(cards);
            }
            if (!details.summary().cancelled()) {
                Anchor edit = new Anchor(Permalinks.meeting(id) + "/bearbeiten", getTranslation("meeting.edit"));
                edit.setId("meeting-edit");
                Button cancel = new Button(
                        getTranslation("meeting.cancel"),
                        click -> Confirmations.askThenDo(
                                getTranslation("meeting.cancel.header"),
                                getTranslation("meeting.cancel.text"),
                                getTranslation("meeting.cancel"),
                                () -> meetings.cancel(id),
                                getTranslation("meeting.cancelDone")));
                cancel.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
                cancel.setId("meeting-cancel");
                links.add(edit, cancel);
            }
        }
        return links;
    }

    @Override
    public String getPageTitle() {
        return pageTitle + " – " + getTranslation("app.name");
    }
}
