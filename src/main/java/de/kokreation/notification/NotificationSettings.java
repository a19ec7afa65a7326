package de.kokreation.notification;

import de.kokreation.account.CurrentUser;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Each person's choice per kind of news: immediately, as a daily digest, or not at all. */
@Service
public class NotificationSettings {

    static final Delivery DEFAULT = Delivery.IMMEDIATELY;

    private final NotificationSettingRepository settings;
    private final CurrentUser currentUser;
    private final DigestItemRepository digest;

    NotificationSettings(NotificationSettingRepository settings, CurrentUser currentUser, DigestItemRepository digest) {
        this.digest = digest;
        this.settings = settings;
        this.currentUser = currentUser;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Map<NotificationKind, Delivery> mySettings() {
        return settingsOf(currentUser.require().accountId());
    }

    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void change(NotificationKind kind, Delivery delivery) {
        set(currentUser.require().accountId(), kind, delivery);
    }

    /** Stops one kind of news for an account, as its unsubscribe link asks (no login: the link is signed). */
    @Transactional
    void stop(long accountId, NotificationKind kind) {
        set(accountId, kind, Delivery.OFF);
    }

    /**
     * Stops every kind of news that goes into the account's daily digest, and the news already
     * waiting for the next one: the digest stops now, not after one more.
     */
    @Transactional
    void stopDigest(long accountId) {
        settingsOf(accountId).forEach((kind, delivery) -> {
            if (delivery == Delivery.DAILY_DIGEST) {
                set(accountId, kind, Delivery.OFF);
            }
        });
        digest.deleteAll(digest.findPending(accountId));
    }

    private void set(long accountId, NotificationKind kind, Delivery delivery) {
        settings.findById(new NotificationSetting.Key(accountId, kind))
                .ifPresentOrElse(
                        setting -> setting.change(delivery),
                        () -> settings.save(new NotificationSetting(accountId, kind, delivery)));
    }

    Map<NotificationKind, Delivery> settingsOf(long accountId) {
        Map<NotificationKind, Delivery> result = new EnumMap<>(NotificationKind.class);
        for (NotificationKind kind : NotificationKind.values()) {
            result.put(kind, DEFAULT);
        }
        settings.findByAccount(accountId).forEach(setting -> result.put(setting.kind(), setting.delivery()));
        return result;
    }

    Delivery deliveryFor(long accountId, NotificationKind kind) {
        return settings.findById(new NotificationSetting.Key(accountId, kind))
                .map(NotificationSetting::delivery)
                .orElse(DEFAULT);
    }
}
