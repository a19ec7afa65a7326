package de.kokreation.consultation;

/** The editable texts and timeline of a consultation. */
public record ConsultationEdit(String title, String region, String description, Timeline timeline) {}
