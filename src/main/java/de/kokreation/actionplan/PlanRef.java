package de.kokreation.actionplan;

/** A published plan as other modules link to it, with whether the caller coordinates it. */
public record PlanRef(long id, String slug, String title, boolean mayCoordinate) {}
