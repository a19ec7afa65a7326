package de.kokreation.account.reads;

import de.kokreation.shared.Cursors;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The names shown with contributions, for many accounts at once: a page of proposals, comments,
 * queue entries or log entries asks once, not once per row. The rule for a deleted account is
 * written here only: its name is empty (the account row keeps no name once deleted), and pages
 * render the empty name as "deleted account".
 */
@Component
public class AccountNames {

    private final JdbcTemplate jdbc;

    AccountNames(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The display name of each account; empty for deleted and unknown accounts. One query. */
    public Map<Long, String> displayNames(Collection<Long> accountIds) {
        Map<Long, String> names = new HashMap<>();
        if (!accountIds.isEmpty()) {
            jdbc.query(
                    Cursors.withIds(
                            "select id, display_name from user_account where id = any(?)", Set.copyOf(accountIds)),
                    row -> {
                        String name = row.getString(2);
                        names.put(row.getLong(1), name == null ? "" : name);
                    });
        }
        return names;
    }

    /** A name with the address to write to; both empty for a deleted account. */
    public record NameAndEmail(String displayName, String email) {}

    /**
     * Names and e-mail addresses of many accounts in one query: for the organisers of a meeting,
     * who write to the people registered. Deleted and unknown accounts are missing.
     */
    public Map<Long, NameAndEmail> namesAndEmails(Collection<Long> accountIds) {
        Map<Long, NameAndEmail> contacts = new HashMap<>();
        if (!accountIds.isEmpty()) {
            jdbc.query(
                    Cursors.withIds(
                            "select id, display_name, email from user_account where id = any(?) and deleted_at is null",
                            Set.copyOf(accountIds)),
                    row -> {
                        String name = row.getString(2);
                        String email = row.getString(3);
                        contacts.put(
                                row.getLong(1), new NameAndEmail(name == null ? "" : name, email == null ? "" : email));
                    });
        }
        return contacts;
    }

    /** The display name of one account; empty when deleted or unknown. */
    public String displayName(long accountId) {
        return displayNames(List.of(accountId)).getOrDefault(accountId, "");
    }

    /** Every deleted account: their content stays, without an author. */
    public Set<Long> deletedAccountIds() {
        return new HashSet<>(jdbc.queryForList("select id from user_account where deleted_at is not null", Long.class));
    }

    /** How many accounts were deleted and when the last one was: their content loses its author. */
    public String deletionsFingerprint() {
        StringBuilder digest = new StringBuilder();
        jdbc.query(
                "select count(*), max(deleted_at) from user_account where deleted_at is not null",
                (java.sql.ResultSet row) -> {
                    Cursors.digest(row, digest);
                });
        return digest.toString();
    }
}
