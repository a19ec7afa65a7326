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
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import de.kokreation.meeting.LiveRoom;
import de.kokreation.meeting.RoomState;
import de.kokreation.shared.DomainException;
import de.kokreation.shell.Html5;
import de.kokreation.shell.MainLayout;
import de.kokreation.shell.UserMessages;
import jakarta.servlet.http.Cookie;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A phone in the room, without an account: the proposal on the projector, two large buttons, and
 * the result once voted. It follows the projector by server push; a screen reader hears when a
 * new proposal is put up and when voting opens or closes, not every vote. The device is known by
 * a random cookie, so that it votes once per proposal.
 */
@Route(value = RoomJoinView.PATH + "/:code", layout = MainLayout.class)
@AnonymousAllowed
public class RoomPhoneView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String DEVICE_COOKIE = "kk_room_device";

    private final LiveRoom room;
    private final Div content = new Div();
    private final Paragraph announcement = new Paragraph();
    private String code = "";
    private String deviceId = "";
    private long meetingId;
    private @Nullable RoomState shown;
    private @Nullable Runnable stopListening;
    private final java.util.Map<Long, Boolean> votedIn = new java.util.HashMap<>();

    public RoomPhoneView(LiveRoom room) {
        this.room = room;
        addClassNames("kk-view", "kk-narrow", "kk-room-phone");
        announcement.getElement().setAttribute("aria-live", "polite");
        announcement.setId("room-announcement");
        announcement.addClassName("kk-visually-hidden");
        content.setId("room-content");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        code = LiveRoom.normalized(event.getRouteParameters().get("code").orElse(""));
        deviceId = deviceId();
        try {
            meetingId = room.meetingOfCode(code);
        } catch (DomainException refused) {
            Paragraph message = new Paragraph(UserMessages.describe(event.getUI(), refused));
            message.addClassName("kk-callout");
            message.setId("room-refused");
            add(
                    new H1(getTranslation("room.joinTitle")),
                    message,
                    new Anchor("/" + RoomJoinView.PATH, getTranslation("room.tryAnother")));
            meetingId = 0;
            return;
        }
        add(announcement, content);
        render(room.state(meetingId), false);
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        if (meetingId != 0 && stopListening == null) {
            UI ui = attach.getUI();
            stopListening = room.listen(meetingId, state -> ui.access(() -> render(state, true)));
        }
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        if (stopListening != null) {
            stopListening.run();
            stopListening = null;
        }
    }

    private void render(RoomState state, boolean announce) {
        RoomState before = shown;
        if (announce && state.equals(before)) {
            return;
        }
        if (announce && before != null && showsButtons(before) && showsButtons(state) && samePoll(before, state)) {
            // Only the counts changed, which this phone does not show yet: the buttons stay, and
            // the focus on them too.
            shown = state;
            return;
        }
        shown = state;
        content.removeAll();
        content.add(new H1(state.meetingTitle()));
        if (!state.open()) {
            content.add(new Paragraph(getTranslation("room.closedNow")));
            return;
        }
        RoomState.Poll poll = state.poll();
        if (poll == null) {
            content.add(new Paragraph(getTranslation("room.waiting")));
            return;
        }
        RoomState.Poll earlier = before == null ? null : before.poll();
        if (announce) {
            if (earlier == null || earlier.pollId() != poll.pollId()) {
                announcement.setText(getTranslation("room.announce.new", poll.title()));
            } else if (earlier.votingOpen() != poll.votingOpen()) {
                announcement.setText(
                        getTranslation(poll.votingOpen() ? "room.announce.opened" : "room.announce.closed"));
            }
        }
        H2 title = new H2(poll.title());
        title.setId("room-proposal-title");
        content.add(title, Html5.sanitizedHtml(poll.textHtml()));
        boolean voted = voted(poll.pollId());
        if (poll.votingOpen() && !voted) {
            Button inFavour = voteButton("room.for", poll, true);
            inFavour.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
            inFavour.setId("room-vote-for");
            Button against = voteButton("room.against", poll, false);
            against.addThemeVariants(ButtonVariant.LUMO_ERROR);
            against.setId("room-vote-against");
            Div buttons = new Div(inFavour, against);
            buttons.addClassName("kk-room-buttons");
            content.add(buttons);
            return;
        }
        Paragraph status = new Paragraph(
                getTranslation(!poll.votingOpen() ? "room.closedVote" : voted ? "room.counted" : "room.open"));
        status.setId("room-status");
        content.add(status, new RoomResult(poll));
    }

    private Button voteButton(String key, RoomState.Poll poll, boolean inFavour) {
        Button button = new Button(getTranslation(key), click -> {
            try {
                room.vote(code, deviceId, poll.pollId(), inFavour);
                votedIn.put(poll.pollId(), true);
                announcement.setText(getTranslation("room.counted"));
            } catch (LiveRoom.AlreadyVoted already) {
                votedIn.put(poll.pollId(), true);
                announcement.setText(getTranslation("room.alreadyVoted"));
            } catch (DomainException refused) {
                UserMessages.showFailure(refused);
            }
            render(room.state(meetingId), false);
        });
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        button.setDisableOnClick(true);
        return button;
    }

    private boolean showsButtons(RoomState state) {
        RoomState.Poll poll = state.poll();
        return state.open() && poll != null && poll.votingOpen() && !voted(poll.pollId());
    }

    private static boolean samePoll(RoomState one, RoomState other) {
        return one.poll() != null
                && other.poll() != null
                && one.poll().pollId() == other.poll().pollId();
    }

    /** Asked once per poll, then known here: no query per vote of the others. */
    private boolean voted(long pollId) {
        return votedIn.computeIfAbsent(pollId, id -> room.hasVoted(deviceId, id));
    }

    /** The device's random id from its cookie, or a new one that the response sets. */
    private static String deviceId() {
        VaadinRequest request = VaadinRequest.getCurrent();
        Cookie[] cookies = request == null ? null : request.getCookies();
        if (cookies != null) {
            String known = Arrays.stream(cookies)
                    .filter(cookie -> DEVICE_COOKIE.equals(cookie.getName()))
                    .map(Cookie::getValue)
                    .filter(Objects::nonNull)
                    .filter(value -> value.matches("[0-9a-f]{32}"))
                    .findFirst()
                    .orElse(null);
            if (known != null) {
                return known;
            }
        }
        byte[] random = new byte[16];
        new SecureRandom().nextBytes(random);
        String fresh = HexFormat.of().formatHex(random);
        VaadinResponse response = VaadinResponse.getCurrent();
        if (response != null) {
            Cookie cookie = new Cookie(DEVICE_COOKIE, fresh);
            cookie.setPath("/");
            cookie.setHttpOnly(true);
            cookie.setMaxAge(60 * 60 * 24 * 30);
            cookie.setSecure(request != null && request.isSecure());
            cookie.setAttribute("SameSite", "Lax");
            response.addCookie(cookie);
        }
        return fresh;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("room.joinTitle") + " – " + getTranslation("app.name");
    }
}
