package de.kokreation.account.seed;

import de.kokreation.account.AccountStatus;
import de.kokreation.account.Role;
import de.kokreation.shared.SeedTable;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Set;

/** Writes active accounts with their roles. */
public final class AccountSeeds implements AutoCloseable {

    /** An active account; {@code passwordHash} as the password encoder writes it (with its {@code {id}} prefix). */
    public record Account(
            String displayName,
            String email,
            String passwordHash,
            String language,
            OffsetDateTime createdAt,
            Set<Role> roles) {}

    private final SeedTable accountsWithIds;
    private final SeedTable accounts;
    private final SeedTable roles;
    private final int batchSize;
    private int pending;

    /** Batches go to the database every {@code batchSize} accounts, the accounts before their roles. */
    public AccountSeeds(Connection connection, int batchSize) {
        this.batchSize = batchSize;
        this.accountsWithIds = new SeedTable(
                connection,
                "user_account",
                Integer.MAX_VALUE,
                "id",
                "display_name",
                "email",
                "password_hash",
                "language",
                "created_at",
                "status");
        this.accounts = new SeedTable(
                connection,
                "user_account",
                1,
                "display_name",
                "email",
                "password_hash",
                "language",
                "created_at",
                "status");
        this.roles = new SeedTable(connection, "account_role", Integer.MAX_VALUE, "account_id", "role");
    }

    /** Adds an account with the given id to the batch; call {@link #continueIdentities} after the last. */
    public void add(long id, Account account) throws SQLException {
        accountsWithIds.add(
                id,
                account.displayName(),
                account.email(),
                account.passwordHash(),
                account.language(),
                account.createdAt(),
                AccountStatus.ACTIVE.name());
        addRoles(id, account.roles());
        if (++pending >= batchSize) {
            flush();
        }
    }

    /** Inserts an account at once; answers its id. */
    public long insert(Account account) throws SQLException {
        long id = accounts.insert(
                account.displayName(),
                account.email(),
                account.passwordHash(),
                account.language(),
                account.createdAt(),
                AccountStatus.ACTIVE.name());
        addRoles(id, account.roles());
        flush();
        return id;
    }

    private void addRoles(long id, Set<Role> granted) throws SQLException {
        for (Role role : granted.stream().sorted().toList()) {
            roles.add(id, role.name());
        }
    }

    /** Sends what is batched to the database (the accounts before their roles). */
    public void flush() throws SQLException {
        accountsWithIds.flush();
        roles.flush();
        pending = 0;
    }

    /** Lets the application's own accounts continue after the seeded ids. */
    public static void continueIdentities(Connection connection) throws SQLException {
        SeedTable.continueIdentity(connection, "user_account");
    }

    @Override
    public void close() throws SQLException {
        flush();
        accountsWithIds.close();
        accounts.close();
        roles.close();
    }
}
