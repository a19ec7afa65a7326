package de.kokreation.shared;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * An event (workshop, online session) as the page of what it belongs to lists it: a consultation,
 * an action plan. {@code kindKey} is the message key of its kind, {@code link} its page.
 */
public record EventTeaser(
        String title,
        String kindKey,
        Instant startsAt,
        Instant endsAt,
        @Nullable String place,
        boolean cancelled,
        String link) {}
