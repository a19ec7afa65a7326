package de.kokreation.meeting;

import org.jspecify.annotations.Nullable;

/** A proposal the room of a meeting voted on: its dots and its live vote. */
public record RoomResultLine(
        long proposalId, String title, @Nullable Integer dots, int liveFor, int liveAgainst) {}
