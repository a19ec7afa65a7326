package de.kokreation.meeting;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A meeting's page for the person looking at it: the agenda, accessibility, the theme groups, the
 * online link (for the people registered and the organisers only), and the caller's registration.
 */
public record MeetingDetails(
        MeetingSummary summary,
        String agendaHtml,
        @Nullable String accessibility,
        @Nullable String onlineLink,
        List<String> themeGroupNames,
        @Nullable RegistrationStatus myStatus,
        String myNeeds,
        int myWaitingPosition,
        boolean takesRegistrations,
        boolean mayOrganise,
        boolean takesCards) {}
