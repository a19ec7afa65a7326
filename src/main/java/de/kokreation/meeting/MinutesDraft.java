package de.kokreation.meeting;

import org.jspecify.annotations.Nullable;

/**
 * What the organisers write after a meeting: the minutes and the decisions (Markdown), how many
 * people took part, and which organisations were there (one per line).
 */
public record MinutesDraft(
        String minutes, String decisions, @Nullable Integer attendance, String organisations) {}
