package de.kokreation.account;

import java.time.Clock;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Writes each login attempt on a known account; the holder sees it in the data export. */
@Component
class LoginHistory {

    private final UserAccountRepository accounts;
    private final LoginEventRepository events;
    private final Clock clock;

    LoginHistory(UserAccountRepository accounts, LoginEventRepository events, Clock clock) {
        this.accounts = accounts;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void record(String email, boolean succeeded, String client) {
        accounts.findByEmail(UserAccount.normalizeEmail(email))
                .ifPresent(account -> events.save(new LoginEvent(
                        account.id(),
                        clock.instant(),
                        succeeded,
                        client.length() > 64 ? client.substring(0, 64) : client)));
    }
}
