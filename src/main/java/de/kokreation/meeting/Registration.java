package de.kokreation.meeting;

import de.kokreation.shared.DomainException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One person's registration for a meeting: a seat, or a place on the waiting list that moves up
 * when a seat is freed. The needs (accessibility, diet) are for the organisers' eyes only.
 */
@Entity
@Table(name = "meeting_registration")
class Registration {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "meeting_id", nullable = false, updatable = false)
    private long meetingId;

    @Column(name = "account_id", nullable = false, updatable = false)
    private long accountId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private RegistrationStatus status;

    @Column(length = MeetingLimits.NEEDS_MAX)
    private @Nullable String needs;

    @Column(name = "registered_at", nullable = false, updatable = false)
    private Instant registeredAt;

    @Column(name = "confirmed_at")
    private @Nullable Instant confirmedAt;

    @Column(name = "reminded_at")
    private @Nullable Instant remindedAt;

    protected Registration() {
        this.status = RegistrationStatus.WAITING;
        this.registeredAt = Instant.EPOCH;
    }

    Registration(long meetingId, long accountId, String needs, boolean seat, Instant now) {
        this.meetingId = meetingId;
        this.accountId = accountId;
        this.needs = cleanNeeds(needs);
        this.registeredAt = now;
        this.status = seat ? RegistrationStatus.CONFIRMED : RegistrationStatus.WAITING;
        this.confirmedAt = seat ? now : null;
    }

    /** From the waiting list to a seat. */
    void moveUp(Instant now) {
        if (status != RegistrationStatus.WAITING) {
            throw new IllegalStateException("only a waiting registration moves up");
        }
        status = RegistrationStatus.CONFIRMED;
        confirmedAt = now;
    }

    void changeNeeds(String newNeeds) {
        this.needs = cleanNeeds(newNeeds);
    }

    private static @Nullable String cleanNeeds(String needs) {
        String clean = needs.strip();
        if (clean.length() > MeetingLimits.NEEDS_MAX) {
            throw new DomainException("meeting.error.needsTooLong", MeetingLimits.NEEDS_MAX);
        }
        return clean.isEmpty() ? null : clean;
    }

    long id() {
        if (id == null) {
            throw new IllegalStateException("registration not saved yet");
        }
        return id;
    }

    long meetingId() {
        return meetingId;
    }

    long accountId() {
        return accountId;
    }

    RegistrationStatus status() {
        return status;
    }

    String needs() {
        return needs == null ? "" : needs;
    }

    Instant registeredAt() {
        return registeredAt;
    }

    @Nullable
    Instant remindedAt() {
        return remindedAt;
    }
}
