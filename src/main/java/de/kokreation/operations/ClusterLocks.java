package de.kokreation.operations;

import de.kokreation.shared.NodeName;
import de.kokreation.shared.search.TextQuery;
import java.time.ZoneOffset;
import java.util.TimeZone;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Scheduled jobs run once per cluster: a job annotated with {@code @SchedulerLock} runs on the
 * node that takes its row in {@code shedlock}; the others skip that run. On PostgreSQL the
 * database's clock decides, so nodes with clocks a little apart agree. A node that dies while it holds a lock
 * frees it after the job's {@code lockAtMostFor}.
 */
@Configuration(proxyBeanMethods = false)
@EnableSchedulerLock(defaultLockAtMostFor = "PT30M")
class ClusterLocks {

    @Bean
    LockProvider lockProvider(DataSource dataSource, NodeName node) {
        var configuration = JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .withLockedByValue(node.name());
        // Times in UTC: PostgreSQL's own clock (several nodes); the embedded H2 serves one node,
        // whose clock is the only one.
        configuration = TextQuery.Dialect.of(dataSource) == TextQuery.Dialect.POSTGRESQL
                ? configuration.usingDbTime()
                : configuration.withTimeZone(TimeZone.getTimeZone(ZoneOffset.UTC));
        return new JdbcTemplateLockProvider(configuration.build());
    }
}
