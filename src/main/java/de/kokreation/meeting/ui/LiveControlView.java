package de.kokreation.meeting.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import de.kokreation.meeting.LiveRoom;
import de.kokreation.meeting.MeetingDetails;
import de.kokreation.meeting.MeetingService;
import de.kokreation.meeting.RoomState;
import de.kokreation.proposal.ProposalService;
import de.kokreation.proposal.ProposalSummary;
import de.kokreation.shared.DomainException;
import de.kokreation.shared.NotPermittedException;
import de.kokreation.shared.Permalinks;
import de.kokreation.shell.Breadcrumbs;
import de.kokreation.shell.ComponentTexts;
import de.kokreation.shell.DataTables;
import de.kokreation.shell.MainLayout;
import de.kokreation.shell.UserMessages;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The moderator's controls for the live vote: open the room, put a proposal up (a card of this
 * meeting, or any proposal of the consultation by its number), open and close its vote, close the
 * room. The projector page shows the result; this page shows it too.
 */
@Route(value = Permalinks.MEETINGS + "/:id/live", layout = MainLayout.class)
@PermitAll
public class LiveControlView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final MeetingService meetings;
    private final LiveRoom room;
    private final ProposalService proposals;
    private final Div current = new Div();
    private final Div list = new Div();
    private long meetingId;
    private @Nullable Runnable stopListening;
    private @Nullable RoomState shown;

    public LiveControlView(MeetingService meetings, LiveRoom room, ProposalService proposals) {
        this.meetings = meetings;
        this.room = room;
        this.proposals = proposals;
        addClassName("kk-view");
        current.setId("live-current");
        current.getElement().setAttribute("aria-live", "polite");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        meetingId = MeetingView.parseId(event.getRouteParameters().get("id").orElse(""));
        MeetingDetails details = meetings.meeting(meetingId);
        if (!details.mayOrganise()) {
            throw new NotPermittedException("meeting.error.notOrganiser");
        }
        removeAll();
        add(
                new Breadcrumbs().link(details.summary().title(), Permalinks.meeting(meetingId)),
                new H1(getTranslation("room.control.title", details.summary().title())),
                current,
                list);
        render(room.state(meetingId));
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        if (stopListening == null && meetingId != 0) {
            UI ui = attach.getUI();
            stopListening = room.listen(meetingId, state -> ui.access(() -> renderCurrent(state)));
        }
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        if (stopListening != null) {
            stopListening.run();
            stopListening = null;
        }
    }

    private void render(RoomState state) {
        shown = null;
        renderCurrent(state);
        renderList(state);
    }

    private void renderCurrent(RoomState state) {
        if (state.equals(shown)) {
            // Nothing new: the buttons stay where they are, under the moderator's pointer.
            return;
        }
        shown = state;
        current.removeAll();
        current.addClassNames("kk-card", "kk-form-stack");
        if (!state.open()) {
            current.add(new Paragraph(getTranslation("room.control.closed")));
            Button open = new Button(getTranslation("room.control.open"), click -> act(() -> room.openRoom(meetingId)));
            open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            open.setId("live-open-room");
            current.add(open);
            return;
        }
        Anchor projector =
                new Anchor(Permalinks.meeting(meetingId) + "/leinwand", getTranslation("room.control.projector"));
        projector.setTarget("_blank");
        projector.setId("live-projector");
        current.add(new Paragraph(getTranslation("room.control.code", LiveRoomCode.spaced(state.code()))), projector);
        RoomState.Poll poll = state.poll();
        if (poll == null) {
            current.add(new Paragraph(getTranslation("room.control.nothingShown")));
        } else {
            H2 title = new H2(poll.title());
            title.setId("live-proposal");
            current.add(title, new RoomResult(poll));
            Button toggle = new Button(
                    getTranslation(poll.votingOpen() ? "room.control.closeVote" : "room.control.openVote"),
                    click -> act(() -> room.setVotingOpen(meetingId, !poll.votingOpen())));
            toggle.setId("live-toggle-vote");
            toggle.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            current.add(toggle);
        }
        Button close =
                new Button(getTranslation("room.control.closeRoom"), click -> act(() -> room.closeRoom(meetingId)));
        close.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        close.setId("live-close-room");
        current.add(close);
    }

    private void renderList(RoomState state) {
        list.removeAll();
        Section section = new Section(new H2(getTranslation("room.control.proposals")));
        List<ProposalSummary> cards = proposals.fromMeeting(meetingId);
        Map<Long, int[]> results = room.results(meetingId);
        if (cards.isEmpty()) {
            section.add(new Paragraph(getTranslation("room.control.noCards")));
        } else {
            NativeTable table = DataTables.table(
                    "live-proposals",
                    getTranslation("room.control.proposals.caption"),
                    List.of(
                            getTranslation("intake.column.title"),
                            getTranslation("room.control.column.result"),
                            getTranslation("room.control.column.action")));
            for (ProposalSummary card : cards) {
                NativeTableRow row = table.getBody().addRow();
                row.addDataCell().setText(card.title());
                int[] result = results.get(card.id());
                row.addDataCell()
                        .setText(result == null ? "–" : getTranslation("room.control.result", result[0], result[1]));
                Button putUp = new Button(
                        getTranslation("room.control.putUp"), click -> act(() -> room.putUp(meetingId, card.id())));
                putUp.setAriaLabel(getTranslation("room.control.putUpLabel", card.title()));
                putUp.setId("live-put-up-" + card.id());
                putUp.setEnabled(state.open());
                row.addDataCell().add(putUp);
            }
            section.add(DataTables.scrolling(table));
        }
        IntegerField number = ComponentTexts.localized(
                new IntegerField(getTranslation("room.control.byNumber")), 1, Integer.MAX_VALUE);
        number.setId("live-proposal-number");
        Button putUpNumber = new Button(getTranslation("room.control.putUp"), click -> {
            if (number.getValue() != null) {
                act(() -> room.putUp(meetingId, number.getValue()));
            }
        });
        putUpNumber.setId("live-put-up-number");
        putUpNumber.setEnabled(state.open());
        Div byNumber = new Div(number, putUpNumber);
        byNumber.addClassName("kk-form-buttons");
        section.add(byNumber);
        list.add(section);
    }

    private void act(Runnable action) {
        try {
            action.run();
        } catch (DomainException refused) {
            UserMessages.showFailure(refused);
        }
        render(room.state(meetingId));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("room.control.pageTitle") + " – " + getTranslation("app.name");
    }
}
