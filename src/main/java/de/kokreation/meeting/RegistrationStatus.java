package de.kokreation.meeting;

/** A seat at the meeting, or a place on its waiting list. */
public enum RegistrationStatus {
    CONFIRMED,
    WAITING
}
