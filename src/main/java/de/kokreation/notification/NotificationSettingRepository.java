package de.kokreation.notification;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface NotificationSettingRepository extends JpaRepository<NotificationSetting, NotificationSetting.Key> {

    @Query("select s from NotificationSetting s where s.key.accountId = :accountId")
    List<NotificationSetting> findByAccount(long accountId);
}
