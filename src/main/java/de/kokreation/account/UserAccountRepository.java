package de.kokreation.account;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    Optional<UserAccount> findByEmail(String email);

    @Query("select a from UserAccount a where a.status <> de.kokreation.account.AccountStatus.DELETED and"
            + " (lower(a.displayName) like :pattern escape '\\' or a.email like :pattern escape '\\')")
    List<UserAccount> search(String pattern, Pageable pageable);

    @Query("select count(a) from UserAccount a where a.status <> de.kokreation.account.AccountStatus.DELETED and"
            + " (lower(a.displayName) like :pattern escape '\\' or a.email like :pattern escape '\\')")
    long countSearch(String pattern);

    @Query("select count(a) > 0 from UserAccount a join a.roles r where r = de.kokreation.account.Role.ADMIN"
            + " and a.status = de.kokreation.account.AccountStatus.ACTIVE")
    boolean anyActiveAdmin();
}
