package de.kokreation.notification;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface DigestItemRepository extends JpaRepository<DigestItem, Long> {

    @Query("select distinct d.accountId from DigestItem d where d.sentAt is null")
    List<Long> findRecipientsWithPendingItems();

    @Query("select d from DigestItem d where d.accountId = :accountId and d.sentAt is null order by d.createdAt, d.id")
    List<DigestItem> findPending(long accountId);
}
