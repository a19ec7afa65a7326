package de.kokreation.meeting.ui;

/** A room code as the projector shows it. */
final class LiveRoomCode {

    private LiveRoomCode() {}

    /** "K7Q-P4X": easier to read off a projector. */
    static String spaced(String code) {
        return code.length() == 6 ? code.substring(0, 3) + "-" + code.substring(3) : code;
    }
}
