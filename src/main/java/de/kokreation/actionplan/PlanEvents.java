package de.kokreation.actionplan;

import de.kokreation.shared.EventTeaser;
import java.util.List;

/**
 * The events of a plan (implementation workshops, online sessions), for its page. Defined here and
 * implemented by the module that owns events, which depends on this one.
 */
public interface PlanEvents {

    List<EventTeaser> of(long planId);

    /** The address where a coordinator plans an event of the plan. */
    String planningLink(String planSlug);

    /** The address of the plan's calendar feed. */
    String calendarLink(String planSlug);
}
