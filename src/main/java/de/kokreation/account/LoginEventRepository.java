package de.kokreation.account;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface LoginEventRepository extends JpaRepository<LoginEvent, Long> {

    @Query("select e from LoginEvent e where e.accountId = :accountId order by e.occurredAt desc")
    List<LoginEvent> findByAccount(long accountId);

    @Modifying
    @Query("delete from LoginEvent e where e.accountId = :accountId")
    int deleteByAccount(long accountId);
}
