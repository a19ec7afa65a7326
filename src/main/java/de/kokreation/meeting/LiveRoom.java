package de.kokreation.meeting;

import de.kokreation.proposal.ProposalDetails;
import de.kokreation.proposal.ProposalService;
import de.kokreation.shared.DomainException;
import de.kokreation.shared.NotFoundException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Live voting in a meeting's room. The organisers open the room (phones join with a short code or
 * its QR code, without an account), put proposals up one at a time, and open and close the vote
 * on each. Every device votes once per proposal; a closed vote takes no more votes. The results
 * are the meeting's room votes, never added to the online votes. Pages listen to the room and
 * are told of every change, on every node.
 */
@Service
public class LiveRoom {

    /** Letters and digits that are not mistaken for each other when read off a projector. */
    private static final String CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    public static final int CODE_LENGTH = 6;
    /** A room stays open this long after the meeting's end unless the organisers close it earlier. */
    static final Duration OPEN_AFTER_END = Duration.ofHours(2);

    /** What became of a phone's vote. */
    public enum Outcome {
        COUNTED,
        ALREADY_VOTED
    }

    private final MeetingAccess access;
    private final MeetingRepository meetings;
    private final LivePollRepository polls;
    private final ProposalService proposals;
    private final RoomBroadcaster broadcaster;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    /** Title and text of the proposals on projectors, per poll: they do not change during a vote. */
    private final Map<Long, String[]> shownProposals = new ConcurrentHashMap<>();

    LiveRoom(
            MeetingAccess access,
            MeetingRepository meetings,
            LivePollRepository polls,
            ProposalService proposals,
            RoomBroadcaster broadcaster,
            JdbcTemplate jdbc,
            Clock clock) {
        this.access = access;
        this.meetings = meetings;
        this.polls = polls;
        this.proposals = proposals;
        this.broadcaster = broadcaster;
        this.jdbc = jdbc;
        this.clock = clock;
        broadcaster.readWith(this::state);
    }

    /** The room as everybody sees it: one query, plus the proposal's text once per poll. */
    public RoomState state(long meetingId) {
        List<RoomState> found = jdbc.query(
                "select m.id, m.title, m.room_code, m.room_code_expires_at, p.id, p.proposal_id, p.state,"
                        + " p.votes_for, p.votes_against"
                        + " from meeting m left join meeting_live_poll p on p.id = m.room_poll_id where m.id = ?",
                (row, number) -> {
                    java.sql.Timestamp expires = row.getTimestamp(4);
                    boolean open = row.getString(3) != null
                            && expires != null
                            && clock.instant().isBefore(expires.toInstant());
                    RoomState.Poll poll = null;
                    long pollId = row.getLong(5);
                    if (!row.wasNull()) {
                        long proposalId = row.getLong(6);
                        String[] shown = shownProposal(pollId, proposalId);
                        poll = new RoomState.Poll(
                                pollId,
                                proposalId,
                                shown[0],
                                shown[1],
                                LivePoll.OPEN.equals(row.getString(7)),
                                row.getInt(8),
                                row.getInt(9));
                    }
                    return new RoomState(row.getLong(1), row.getString(2), open ? row.getString(3) : null, poll);
                },
                meetingId);
        if (found.isEmpty()) {
            throw new NotFoundException("meeting.error.notFound", meetingId);
        }
        return found.getFirst();
    }

    /**
     * Title and text of the proposal on the projector, read again after {@link #SHOWN_TEXT_LIFE}: a
     * proposal hidden by the moderation while it is up disappears from projector and phones.
     */
    private String[] shownProposal(long pollId, long proposalId) {
        long now = System.nanoTime();
        String[] cached = shownProposals.get(pollId);
        if (cached != null && now - Long.parseLong(cached[2]) < SHOWN_TEXT_LIFE.toNanos()) {
            return cached;
        }
        String[] text = proposalText(proposalId);
        String[] fresh = {text[0], text[1], Long.toString(now)};
        shownProposals.put(pollId, fresh);
        return fresh;
    }

    private static final Duration SHOWN_TEXT_LIFE = Duration.ofSeconds(10);

    private String[] proposalText(long proposalId) {
        ProposalDetails proposal = proposals.getProposal(proposalId);
        return new String[] {proposal.title(), proposal.bodyHtml()};
    }

    /**
     * The meeting whose open room has this code; refused with a clear message for a code that is
     * wrong or no longer valid. Spaces, dashes and small letters are forgiven.
     */
    @Transactional(readOnly = true)
    public long meetingOfCode(String typed) {
        String code = normalized(typed);
        if (code.length() != CODE_LENGTH) {
            throw new DomainException("room.error.unknownCode");
        }
        Meeting meeting =
                meetings.findByRoomCode(code).orElseThrow(() -> new DomainException("room.error.unknownCode"));
        if (!meeting.roomOpen(clock.instant())) {
            throw new DomainException("room.error.expiredCode");
        }
        return meeting.id();
    }

    /** Opens the room with a new code (or keeps the one it has). Answers the code. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public String openRoom(long meetingId) {
        Meeting meeting = access.organisedForUpdate(meetingId);
        Instant now = clock.instant();
        if (meeting.roomOpen(now) && meeting.roomCode() != null) {
            return meeting.roomCode();
        }
        if (now.isAfter(meeting.endsAt().plus(OPEN_AFTER_END))) {
            throw new DomainException("room.error.meetingOver");
        }
        for (int attempt = 0; ; attempt++) {
            String code = newCode();
            if (meetings.findByRoomCode(code).isEmpty() || attempt > 5) {
                meeting.openRoom(code, meeting.endsAt().plus(OPEN_AFTER_END));
                try {
                    meetings.saveAndFlush(meeting);
                } catch (DataIntegrityViolationException taken) {
                    // Another room took the same code at the same instant: unlikely, and refused clearly.
                    throw new DomainException("room.error.tryAgain");
                }
                tellAfterCommit(meetingId);
                return code;
            }
        }
    }

    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void closeRoom(long meetingId) {
        Meeting meeting = access.organisedForUpdate(meetingId);
        jdbc.update(
                "update meeting_live_poll set state = ?, closed_at = ? where meeting_id = ? and state = ?",
                LivePoll.CLOSED,
                java.sql.Timestamp.from(clock.instant()),
                meetingId,
                LivePoll.OPEN);
        meeting.closeRoom();
        tellAfterCommit(meetingId);
    }

    /**
     * Puts a proposal of the meeting's consultation on the projector with its vote open; a
     * proposal put up before is shown again with its votes, as it was left (open or closed).
     */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void putUp(long meetingId, long proposalId) {
        Meeting meeting = access.organisedForUpdate(meetingId);
        if (!meeting.roomOpen(clock.instant())) {
            throw new DomainException("room.error.closed");
        }
        ProposalDetails proposal = proposals.getProposal(proposalId);
        if (meeting.consultationId() == null
                || proposal.themeGroup().consultationId() != meeting.consultationId()
                || proposal.hiddenReason() != null) {
            throw new DomainException("room.error.notOfConsultation");
        }
        LivePoll poll = polls.find(meetingId, proposalId)
                .orElseGet(() -> polls.saveAndFlush(new LivePoll(meetingId, proposalId, clock.instant())));
        Long previous = meeting.roomPollId();
        if (previous != null && previous != poll.id()) {
            // Only the proposal on the projector takes votes.
            closePoll(previous);
        }
        meeting.show(poll.id());
        tellAfterCommit(meetingId);
    }

    /** Opens (or closes) the vote on the proposal on the projector. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void setVotingOpen(long meetingId, boolean open) {
        Meeting meeting = access.organisedForUpdate(meetingId);
        Long pollId = meeting.roomPollId();
        if (pollId == null) {
            throw new DomainException("room.error.nothingShown");
        }
        if (open && !meeting.roomOpen(clock.instant())) {
            throw new DomainException("room.error.closed");
        }
        if (open) {
            jdbc.update("update meeting_live_poll set state = ?, closed_at = null where id = ?", LivePoll.OPEN, pollId);
        } else {
            closePoll(pollId);
        }
        tellAfterCommit(meetingId);
    }

    private void closePoll(long pollId) {
        jdbc.update(
                "update meeting_live_poll set state = ?, closed_at = ? where id = ? and state = ?",
                LivePoll.CLOSED,
                java.sql.Timestamp.from(clock.instant()),
                pollId,
                LivePoll.OPEN);
    }

    /**
     * A phone's vote on the proposal on the projector of the room with this code. The poll's row
     * is locked by the counting update, so a closing and a vote, and two taps of one device, take
     * turns: a closed vote counts nothing, and a device counts once.
     */
    @Transactional
    public Outcome vote(String code, String deviceId, long pollId, boolean inFavour) {
        long meetingId = meetingOfCode(code);
        int counted = jdbc.update(
                "update meeting_live_poll set votes_for = votes_for + ?, votes_against = votes_against + ?"
                        + " where id = ? and meeting_id = ? and state = ?",
                inFavour ? 1 : 0,
                inFavour ? 0 : 1,
                pollId,
                meetingId,
                LivePoll.OPEN);
        if (counted == 0) {
            throw new DomainException("room.error.votingClosed");
        }
        String device = hash(deviceId);
        Integer earlier = jdbc.queryForObject(
                "select count(*) from meeting_live_ballot where poll_id = ? and device_hash = ?",
                Integer.class,
                pollId,
                device);
        if (earlier != null && earlier > 0) {
            // Rolls the count back: this device's vote is in already.
            throw new AlreadyVoted();
        }
        jdbc.update(
                "insert into meeting_live_ballot (poll_id, device_hash, direction, cast_at) values (?, ?, ?, ?)",
                pollId,
                device,
                inFavour ? "FOR" : "AGAINST",
                java.sql.Timestamp.from(clock.instant()));
        tellAfterCommit(meetingId);
        return Outcome.COUNTED;
    }

    /** Whether this device voted in the poll already: the phone then shows the result, not the buttons. */
    @Transactional(readOnly = true)
    public boolean hasVoted(String deviceId, long pollId) {
        Integer votes = jdbc.queryForObject(
                "select count(*) from meeting_live_ballot where poll_id = ? and device_hash = ?",
                Integer.class,
                pollId,
                hash(deviceId));
        return votes != null && votes > 0;
    }

    /** Every proposal put up in the meeting's room with its result, for the moderator. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Map<Long, int[]> results(long meetingId) {
        access.organised(meetingId);
        Map<Long, int[]> results = new java.util.LinkedHashMap<>();
        jdbc.query(
                "select proposal_id, votes_for, votes_against from meeting_live_poll where meeting_id = ? order by id",
                row -> {
                    results.put(row.getLong(1), new int[] {row.getInt(2), row.getInt(3)});
                },
                meetingId);
        return results;
    }

    /**
     * Listens to the room: {@code listener} gets every new state, from a background thread (the
     * page hands it to its UI with {@code access}). Answers what stops the listening.
     */
    public Runnable listen(long meetingId, Consumer<RoomState> listener) {
        return broadcaster.listen(meetingId, listener);
    }

    /** Thrown inside the vote's transaction, so that the count goes back; answered as {@link Outcome#ALREADY_VOTED}. */
    public static final class AlreadyVoted extends DomainException {
        AlreadyVoted() {
            super("room.alreadyVoted");
        }
    }

    private void tellAfterCommit(long meetingId) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    broadcaster.changed(meetingId);
                }
            });
        } else {
            broadcaster.changed(meetingId);
        }
    }

    private String newCode() {
        StringBuilder code = new StringBuilder(CODE_LENGTH);
        for (int i = 0; i < CODE_LENGTH; i++) {
            code.append(CODE_ALPHABET.charAt(random.nextInt(CODE_ALPHABET.length())));
        }
        return code.toString();
    }

    /** A code as typed (with spaces, dashes, small letters) in the form of the address. */
    public static String normalized(@Nullable String typed) {
        return typed == null ? "" : typed.replaceAll("[\\s\\-]", "").toUpperCase(Locale.ROOT);
    }

    private static String hash(String deviceId) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(deviceId.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
