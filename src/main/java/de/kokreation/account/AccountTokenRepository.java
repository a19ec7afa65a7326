package de.kokreation.account;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface AccountTokenRepository extends JpaRepository<AccountToken, Long> {

    /** Locked, so that two clicks on the same link cannot both use it. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select t from AccountToken t where t.tokenHash = :tokenHash")
    Optional<AccountToken> findByHashForUpdate(String tokenHash);

    /** Without a lock, for read-only checks (PostgreSQL refuses FOR UPDATE in read-only transactions). */
    Optional<AccountToken> findByTokenHash(String tokenHash);

    @Query("select t from AccountToken t where t.accountId = :accountId and t.purpose = :purpose"
            + " order by t.createdAt desc, t.id desc limit 1")
    Optional<AccountToken> findNewest(long accountId, AccountToken.Purpose purpose);

    /** A newly sent token makes the older unused ones of the same purpose worthless. */
    @Modifying
    @Query("update AccountToken t set t.usedAt = :now where t.accountId = :accountId and t.purpose = :purpose"
            + " and t.usedAt is null")
    int invalidateOpen(long accountId, AccountToken.Purpose purpose, Instant now);

    @Modifying
    @Query("delete from AccountToken t where t.accountId = :accountId")
    int deleteByAccount(long accountId);
}
