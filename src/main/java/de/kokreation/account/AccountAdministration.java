package de.kokreation.account;

import de.kokreation.shared.DomainException;
import de.kokreation.shared.LikePatterns;
import de.kokreation.shared.NotFoundException;
import de.kokreation.shared.NotPermittedException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Admins find accounts, block and unblock them; blocking ends every session of the account. */
@Service
public class AccountAdministration {

    private final UserAccountRepository accounts;
    private final AccountSessions sessions;
    private final CurrentUser currentUser;

    private final SecondFactors secondFactors;

    AccountAdministration(
            UserAccountRepository accounts,
            AccountSessions sessions,
            CurrentUser currentUser,
            SecondFactors secondFactors) {
        this.secondFactors = secondFactors;
        this.accounts = accounts;
        this.sessions = sessions;
        this.currentUser = currentUser;
    }

    /** Accounts whose name or email contains {@code query}, newest first, paged in the database. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public List<AccountRow> search(String query, int offset, int limit) {
        String pattern = LikePatterns.containing(query);
        int size = Math.clamp(limit, 1, 200);
        List<UserAccount> page =
                accounts.search(pattern, PageRequest.of(offset / size, size, Sort.by(Sort.Order.desc("id"))));
        // one query for the page, not one per row
        Set<Long> withSecondFactor =
                secondFactors.enabledAmong(page.stream().map(UserAccount::id).toList());
        return page.stream()
                .map(account -> row(account, withSecondFactor.contains(account.id())))
                .toList();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public long count(String query) {
        return accounts.countSearch(LikePatterns.containing(query));
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void block(long accountId, String reason) {
        if (reason.isBlank()) {
            throw new DomainException("admin.error.reasonRequired");
        }
        if (accountId == currentUser.require().accountId()) {
            throw new DomainException("admin.error.blockSelf");
        }
        UserAccount account = find(accountId);
        account.block(requireReasonWithinLimit(reason));
        sessions.expireAll(accountId);
    }

    /**
     * Blocks the author of content as a moderation action of a coordinator, who has checked that
     * the content is in their consultation. Accounts with a role are blocked only by admins.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    public void blockAuthor(long accountId, String reason) {
        UserAccount account = find(accountId);
        boolean staff = account.roles().stream().anyMatch(role -> role != Role.CITIZEN);
        if (staff && !currentUser.require().hasRole(Role.ADMIN)) {
            throw new NotPermittedException("admin.error.blockStaff");
        }
        if (reason.isBlank()) {
            throw new DomainException("admin.error.reasonRequired");
        }
        if (accountId == currentUser.require().accountId()) {
            throw new DomainException("admin.error.blockSelf");
        }
        account.block(requireReasonWithinLimit(reason));
        sessions.expireAll(accountId);
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void unblock(long accountId) {
        find(accountId).unblock();
    }

    /**
     * Gives an account the role flag that shows its menus after the next login, when it is named
     * lead or coordinator (the rights themselves come from the assignment). Admins grant both;
     * coordinators only the lead role.
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN') or (hasRole('COORDINATOR') and #role.name() == 'LEAD')")
    public void grantAssignmentRole(long accountId, Role role) {
        if (role != Role.LEAD && role != Role.COORDINATOR) {
            throw new IllegalArgumentException("only assignment roles are granted here");
        }
        find(accountId).grant(role);
    }

    /** Display names for ids, for lists of leads and coordinators; deleted accounts are left out. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Map<Long, String> displayNames(Collection<Long> accountIds) {
        return accounts.findAllById(accountIds).stream()
                .filter(account -> !account.isDeleted())
                .collect(Collectors.toMap(UserAccount::id, UserAccount::displayName));
    }

    /** The active account with this email, for naming leads and coordinators. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public long activeAccountId(String email) {
        return accounts.findByEmail(UserAccount.normalizeEmail(email))
                .filter(UserAccount::isEnabled)
                .map(UserAccount::id)
                .orElseThrow(() -> new NotFoundException("admin.error.noSuchAccount", email));
    }

    private UserAccount find(long accountId) {
        return accounts.findById(accountId)
                .filter(account -> !account.isDeleted())
                .orElseThrow(() -> new NotFoundException("admin.error.noSuchAccount", accountId));
    }

    private static AccountRow row(UserAccount account, boolean secondFactor) {
        return new AccountRow(
                account.id(),
                account.displayName(),
                account.email(),
                account.status(),
                account.blockReason(),
                account.roles(),
                account.createdAt(),
                secondFactor);
    }

    private static String requireReasonWithinLimit(String reason) {
        String clean = reason.strip();
        if (clean.length() > AccountLimits.BLOCK_REASON_MAX) {
            throw new DomainException("admin.error.reasonTooLong", AccountLimits.BLOCK_REASON_MAX);
        }
        return clean;
    }
}
