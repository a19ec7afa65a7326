package de.kokreation.proposal;

/**
 * A commitment of a published action plan as the proposal page names it.
 *
 * @param link the commitment's permalink
 * @param levelKey the message key of its level of implementation
 */
public record ImplementationRef(String link, String planTitle, int number, String commitmentTitle, String levelKey) {}
