package de.kokreation.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.io.Serializable;

/** One person's delivery choice for one kind of news. */
@Entity
@Table(name = "notification_setting")
class NotificationSetting {

    @Embeddable
    record Key(
            @Column(name = "account_id") long accountId,

            @Enumerated(EnumType.STRING) @Column(name = "kind", length = 30)
            NotificationKind kind)
            implements Serializable {}

    @EmbeddedId
    private Key key;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Delivery delivery;

    protected NotificationSetting() {
        this.key = new Key(0, NotificationKind.COMMENT_REPLY);
        this.delivery = Delivery.IMMEDIATELY;
    }

    NotificationSetting(long accountId, NotificationKind kind, Delivery delivery) {
        this.key = new Key(accountId, kind);
        this.delivery = delivery;
    }

    NotificationKind kind() {
        return key.kind();
    }

    Delivery delivery() {
        return delivery;
    }

    void change(Delivery newDelivery) {
        this.delivery = newDelivery;
    }
}
