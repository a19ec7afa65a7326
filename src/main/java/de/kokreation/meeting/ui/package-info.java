/** The pages of meetings: the calendar, a meeting with its registration, planning, the attendance list. */
@NullMarked
package de.kokreation.meeting.ui;

import org.jspecify.annotations.NullMarked;
