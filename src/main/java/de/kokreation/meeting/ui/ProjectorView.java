package de.kokreation.meeting.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import de.kokreation.meeting.LiveRoom;
import de.kokreation.meeting.MeetingDetails;
import de.kokreation.meeting.MeetingService;
import de.kokreation.meeting.RoomState;
import de.kokreation.shared.NotPermittedException;
import de.kokreation.shared.Permalinks;
import de.kokreation.shell.DocumentLanguage;
import de.kokreation.shell.QrCodeImage;
import jakarta.annotation.security.PermitAll;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;

/**
 * What the projector shows in the room: how to join (the address, the code in large letters, its
 * QR code), the proposal put up and its live result. Without the page layout, for a big screen;
 * it follows the moderator's controls by server push.
 */
@Route(value = Permalinks.MEETINGS + "/:id/leinwand")
@PermitAll
public class ProjectorView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final MeetingService meetings;
    private final LiveRoom room;
    private final String baseUrl;
    private final Div content = new Div();
    private long meetingId;
    private @Nullable Runnable stopListening;
    private @Nullable RoomState shown;

    public ProjectorView(
            MeetingService meetings, LiveRoom room, @Value("${kokreation.public-base-url}") String baseUrl) {
        this.meetings = meetings;
        this.room = room;
        this.baseUrl = baseUrl.replaceAll("/+$", "");
        addClassName("kk-projector");
        content.setId("projector");
        add(content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        meetingId = MeetingView.parseId(event.getRouteParameters().get("id").orElse(""));
        MeetingDetails details = meetings.meeting(meetingId);
        if (!details.mayOrganise()) {
            throw new NotPermittedException("meeting.error.notOrganiser");
        }
        render(room.state(meetingId));
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        // Without the page layout, the projector sets the document's language itself.
        DocumentLanguage.follow(attach.getUI());
        if (stopListening == null && meetingId != 0) {
            UI ui = attach.getUI();
            stopListening = room.listen(meetingId, state -> ui.access(() -> render(state)));
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
        if (state.equals(shown)) {
            return;
        }
        shown = state;
        content.removeAll();
        Div join = new Div();
        join.addClassName("kk-projector-join");
        String code = state.code();
        if (code == null) {
            join.add(new Paragraph(getTranslation("room.projector.closed")));
        } else {
            String address = baseUrl + "/" + RoomJoinView.PATH;
            join.add(
                    QrCodeImage.of(address + "/" + code, getTranslation("room.projector.qr")),
                    new Paragraph(getTranslation("room.projector.join", address)));
            Span big = new Span(LiveRoomCode.spaced(code));
            big.addClassName("kk-projector-code");
            big.setId("projector-code");
            join.add(big);
        }
        Div stage = new Div(new H1(state.meetingTitle()));
        stage.addClassName("kk-projector-stage");
        RoomState.Poll poll = state.poll();
        if (poll == null) {
            stage.add(new Paragraph(getTranslation("room.waiting")));
        } else {
            H2 title = new H2(poll.title());
            title.setId("projector-proposal");
            Paragraph status = new Paragraph(getTranslation(poll.votingOpen() ? "room.open" : "room.closedVote"));
            status.setId("projector-status");
            RoomResult result = new RoomResult(poll);
            result.setId("projector-result");
            stage.add(title, status, result);
        }
        content.add(stage, join);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("room.projector.title") + " – " + getTranslation("app.name");
    }
}
