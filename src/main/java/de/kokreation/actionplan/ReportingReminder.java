package de.kokreation.actionplan;

import java.time.LocalDate;

/**
 * A person responsible for commitments of a plan is to be reminded of a round's deadline. One
 * event per person, published in the transaction that marks the round as reminded.
 *
 * @param link the plan's permalink (a path)
 */
public record ReportingReminder(
        long recipientId, String link, String planTitle, String roundTitle, LocalDate deadline) {}
