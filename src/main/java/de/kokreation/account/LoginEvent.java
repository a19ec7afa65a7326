package de.kokreation.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One login attempt on an account, for the account holder's data export and for throttling. */
@Entity
@Table(name = "login_event")
class LoginEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "account_id", nullable = false, updatable = false)
    private long accountId;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(nullable = false, updatable = false)
    private boolean succeeded;

    @Column(length = 64, updatable = false)
    private @Nullable String client;

    protected LoginEvent() {
        this.occurredAt = Instant.EPOCH;
    }

    LoginEvent(long accountId, Instant occurredAt, boolean succeeded, @Nullable String client) {
        this.accountId = accountId;
        this.occurredAt = occurredAt;
        this.succeeded = succeeded;
        this.client = client;
    }

    Instant occurredAt() {
        return occurredAt;
    }

    boolean succeeded() {
        return succeeded;
    }

    @Nullable
    String client() {
        return client;
    }
}
