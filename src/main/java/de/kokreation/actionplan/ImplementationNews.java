package de.kokreation.actionplan;

/**
 * One person is to hear that a commitment's level of implementation changed: an author of a
 * proposal it grew from, or a follower. One event per person, published in the reporting
 * transaction, so that each mail is delivered (and retried) on its own and none is lost.
 *
 * @param link the commitment's permalink (a path)
 * @param levelKey the message key of the new level
 */
public record ImplementationNews(
        long recipientId, String link, String planTitle, int number, String commitmentTitle, String levelKey) {}
