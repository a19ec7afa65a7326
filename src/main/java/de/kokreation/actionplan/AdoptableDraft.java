package de.kokreation.actionplan;

/** A final draft commitment a plan's coordinator may take into the plan. */
public record AdoptableDraft(long draftId, String title, String consultationTitle, String themeGroupName) {}
