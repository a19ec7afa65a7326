package de.kokreation.meeting;

import de.kokreation.shared.DomainException;
import de.kokreation.shared.RichText;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A meeting with its plan. It checks every plan it is given, and it says what a change means for
 * the people registered: a new time or place is news for them, a new title is not.
 */
@Entity
@Table(name = "meeting")
class Meeting {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "consultation_id", updatable = false)
    private @Nullable Long consultationId;

    /** The published action plan whose implementation the meeting is about; null for others. */
    @Column(name = "action_plan_id", updatable = false)
    private @Nullable Long actionPlanId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private MeetingKind kind;

    @Column(nullable = false, length = MeetingLimits.TITLE_MAX)
    private String title;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;

    @Column(length = MeetingLimits.PLACE_MAX)
    private @Nullable String place;

    @Column(length = MeetingLimits.ACCESSIBILITY_MAX)
    private @Nullable String accessibility;

    @Column(name = "online_link", length = MeetingLimits.ONLINE_LINK_MAX)
    private @Nullable String onlineLink;

    @Column(name = "agenda_source", nullable = false, length = MeetingLimits.AGENDA_MAX)
    private String agendaSource;

    private static final int AGENDA_HTML_MAX = 60_000;

    @Column(name = "agenda_html", nullable = false, length = AGENDA_HTML_MAX)
    private String agendaHtml;

    private @Nullable Integer capacity;

    /** How many people took part, once the organisers recorded it. */
    private @Nullable Integer attendance;

    /** The code phones join the room with, while the room is open. */
    @Column(name = "room_code", length = 12)
    private @Nullable String roomCode;

    @Column(name = "room_code_expires_at")
    private @Nullable Instant roomCodeExpiresAt;

    /** The live poll the projector shows. */
    @Column(name = "room_poll_id")
    private @Nullable Long roomPollId;

    @Column(name = "cancelled_at")
    private @Nullable Instant cancelledAt;

    @Column(name = "created_by")
    private @Nullable Long createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "meeting_theme_group", joinColumns = @JoinColumn(name = "meeting_id"))
    @Column(name = "theme_group_id", nullable = false)
    private Set<Long> themeGroupIds = new HashSet<>();

    @Version
    private long version;

    protected Meeting() {
        this.kind = MeetingKind.WORKSHOP;
        this.title = "";
        this.startsAt = Instant.EPOCH;
        this.endsAt = Instant.EPOCH;
        this.agendaSource = "";
        this.agendaHtml = "";
        this.createdAt = Instant.EPOCH;
        this.updatedAt = Instant.EPOCH;
    }

    Meeting(@Nullable Long consultationId, MeetingPlan plan, long createdBy, Instant now) {
        this(consultationId, null, plan, createdBy, now);
    }

    /** A meeting of a consultation, of an action plan, or (both null) of the forum. */
    Meeting(@Nullable Long consultationId, @Nullable Long actionPlanId, MeetingPlan plan, long createdBy, Instant now) {
        this();
        if (consultationId != null && actionPlanId != null) {
            throw new IllegalArgumentException("a meeting belongs to a consultation or a plan, not both");
        }
        this.consultationId = consultationId;
        this.actionPlanId = actionPlanId;
        this.createdBy = createdBy;
        this.createdAt = now;
        apply(plan, now);
    }

    /**
     * Takes a new plan. Answers whether the registered people are to hear of it: the time, the
     * place or the online link changed.
     */
    boolean change(MeetingPlan plan, Instant now) {
        requireNotCancelled();
        boolean news = !startsAt.equals(plan.startsAt())
                || !endsAt.equals(plan.endsAt())
                || !Objects.equals(place, blankToNull(plan.place()))
                || !Objects.equals(onlineLink, blankToNull(plan.onlineLink()));
        apply(plan, now);
        return news;
    }

    /** Cancels the meeting for good; its page stays and says so. */
    void cancel(Instant now) {
        requireNotCancelled();
        cancelledAt = now;
        updatedAt = now;
    }

    /** How many people took part, as the latest minutes say. */
    void recordAttendance(@Nullable Integer people) {
        this.attendance = people;
    }

    /** Whether the meeting has begun: from then on its cards are typed in and its minutes written. */
    boolean hasBegun(Instant now) {
        return !now.isBefore(startsAt);
    }

    /** Opens the room for phones with a new code, valid until {@code expiresAt} or until closed. */
    void openRoom(String code, Instant expiresAt) {
        requireNotCancelled();
        this.roomCode = code;
        this.roomCodeExpiresAt = expiresAt;
    }

    /** Closes the room: its code no longer lets anybody in. The polls and their results stay. */
    void closeRoom() {
        this.roomCode = null;
        this.roomCodeExpiresAt = null;
        this.roomPollId = null;
    }

    /** Whether phones may join with the code now. */
    boolean roomOpen(Instant now) {
        return roomCode != null && roomCodeExpiresAt != null && now.isBefore(roomCodeExpiresAt);
    }

    /** Puts a poll on the projector. */
    void show(long pollId) {
        this.roomPollId = pollId;
    }

    /** Whether people may register now: not cancelled and not started. */
    boolean takesRegistrations(Instant now) {
        return cancelledAt == null && now.isBefore(startsAt);
    }

    /** Whether one more person gets a seat, with {@code confirmed} seats taken. */
    boolean hasSeatFor(long confirmed) {
        return capacity == null || confirmed < capacity;
    }

    private void requireNotCancelled() {
        if (cancelledAt != null) {
            throw new DomainException("meeting.error.cancelled");
        }
    }

    private void apply(MeetingPlan plan, Instant now) {
        String cleanTitle = plan.title().strip();
        if (cleanTitle.length() < MeetingLimits.TITLE_MIN || cleanTitle.length() > MeetingLimits.TITLE_MAX) {
            throw new DomainException("meeting.error.title", MeetingLimits.TITLE_MIN, MeetingLimits.TITLE_MAX);
        }
        if (!plan.endsAt().isAfter(plan.startsAt())) {
            throw new DomainException("meeting.error.endBeforeStart");
        }
        if (Duration.between(plan.startsAt(), plan.endsAt()).toDays() >= MeetingLimits.DURATION_DAYS_MAX) {
            throw new DomainException("meeting.error.tooLong", MeetingLimits.DURATION_DAYS_MAX);
        }
        String cleanPlace = blankToNull(plan.place());
        String cleanLink = blankToNull(plan.onlineLink());
        String cleanAccessibility = blankToNull(plan.accessibility());
        check(cleanPlace, MeetingLimits.PLACE_MAX, "meeting.error.placeTooLong");
        check(cleanAccessibility, MeetingLimits.ACCESSIBILITY_MAX, "meeting.error.accessibilityTooLong");
        check(cleanLink, MeetingLimits.ONLINE_LINK_MAX, "meeting.error.linkTooLong");
        if (cleanLink != null && !isWebAddress(cleanLink)) {
            throw new DomainException("meeting.error.link");
        }
        // A workshop is in a room, an online session has its link, the forum meets either way.
        if (plan.kind() == MeetingKind.ONLINE_SESSION && cleanLink == null) {
            throw new DomainException("meeting.error.linkMissing");
        }
        if (plan.kind() == MeetingKind.WORKSHOP && cleanPlace == null) {
            throw new DomainException("meeting.error.placeMissing");
        }
        if (cleanPlace == null && cleanLink == null) {
            throw new DomainException("meeting.error.placeMissing");
        }
        if (plan.agenda().length() > MeetingLimits.AGENDA_MAX) {
            throw new DomainException("meeting.error.agendaTooLong", MeetingLimits.AGENDA_MAX);
        }
        if (!RichText.isRenderable(plan.agenda())) {
            throw new DomainException("meeting.error.agendaNesting");
        }
        Integer seats = plan.capacity();
        if (seats != null && (seats < 1 || seats > MeetingLimits.CAPACITY_MAX)) {
            throw new DomainException("meeting.error.capacity", 1, MeetingLimits.CAPACITY_MAX);
        }
        boolean ofTheForum = consultationId == null && actionPlanId == null;
        if (plan.kind() == MeetingKind.FORUM_MEETING ? !ofTheForum : ofTheForum) {
            throw new DomainException("meeting.error.kindOfForum");
        }
        this.kind = plan.kind();
        this.title = cleanTitle;
        this.startsAt = plan.startsAt();
        this.endsAt = plan.endsAt();
        this.place = cleanPlace;
        this.accessibility = cleanAccessibility;
        this.onlineLink = cleanLink;
        this.agendaSource = plan.agenda();
        String html = RichText.render(plan.agenda());
        if (html.length() > AGENDA_HTML_MAX) {
            // only contrived texts get here (thousands of characters that each become an entity)
            throw new DomainException("meeting.error.agendaTooLong", MeetingLimits.AGENDA_MAX);
        }
        this.agendaHtml = html;
        this.capacity = seats;
        this.themeGroupIds.clear();
        this.themeGroupIds.addAll(plan.themeGroupIds());
        this.updatedAt = now;
    }

    private static void check(@Nullable String text, int max, String key) {
        // UTF-16 units, as the browser's maxlength counts them and H2's column length holds them.
        if (text != null && text.length() > max) {
            throw new DomainException(key, max);
        }
    }

    private static boolean isWebAddress(String text) {
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("https") || scheme.equals("http")) && uri.getHost() != null;
        } catch (java.net.URISyntaxException notAnAddress) {
            return false;
        }
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    long id() {
        if (id == null) {
            throw new IllegalStateException("meeting not saved yet");
        }
        return id;
    }

    @Nullable
    Long consultationId() {
        return consultationId;
    }

    @Nullable
    Long actionPlanId() {
        return actionPlanId;
    }

    MeetingKind kind() {
        return kind;
    }

    String title() {
        return title;
    }

    Instant startsAt() {
        return startsAt;
    }

    Instant endsAt() {
        return endsAt;
    }

    @Nullable
    String place() {
        return place;
    }

    @Nullable
    String accessibility() {
        return accessibility;
    }

    @Nullable
    String onlineLink() {
        return onlineLink;
    }

    String agendaSource() {
        return agendaSource;
    }

    String agendaHtml() {
        return agendaHtml;
    }

    @Nullable
    Integer capacity() {
        return capacity;
    }

    @Nullable
    String roomCode() {
        return roomCode;
    }

    @Nullable
    Long roomPollId() {
        return roomPollId;
    }

    @Nullable
    Integer attendance() {
        return attendance;
    }

    @Nullable
    Instant cancelledAt() {
        return cancelledAt;
    }

    Instant updatedAt() {
        return updatedAt;
    }

    Set<Long> themeGroupIds() {
        return Set.copyOf(themeGroupIds);
    }
}
