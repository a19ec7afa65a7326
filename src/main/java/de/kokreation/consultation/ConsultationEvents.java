package de.kokreation.consultation;

import de.kokreation.shared.EventTeaser;
import java.util.List;

/**
 * The events of a consultation (workshops, online sessions), for its page. Defined here and
 * implemented by the module that owns the events, which depends on this one.
 */
public interface ConsultationEvents {

    /** The consultation's events in the order of their start. */
    List<EventTeaser> of(long consultationId);

    /** Whether the caller may plan an event of the consultation. */
    boolean mayPlan(long consultationId);

    /** The address where a new event of the consultation is planned. */
    String planningLink(String consultationSlug);

    /** The address of the consultation's calendar feed. */
    String calendarLink(String consultationSlug);
}
