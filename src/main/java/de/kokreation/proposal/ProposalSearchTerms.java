package de.kokreation.proposal;

import de.kokreation.shared.RichText;
import de.kokreation.shared.search.SearchTerms;
import de.kokreation.shared.search.TextQuery;
import java.util.List;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Brings the search terms of proposals and comments up to the current analysis
 * ({@link SearchTerms#ANALYSIS_VERSION}): after the migration that added them, and after every
 * change to the analysis. Runs in the background after the start, in batches of its own
 * transaction; new and edited texts get their terms from the entities at once. On PostgreSQL,
 * nodes that start together share the work ({@code skip locked}).
 */
@Component
class ProposalSearchTerms {

    private static final Logger LOG = LoggerFactory.getLogger(ProposalSearchTerms.class);
    private static final int BATCH = 500;

    private record Text(long id, String title, String body) {}

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final String lock;
    private final boolean refreshOnStart;

    ProposalSearchTerms(
            DataSource dataSource,
            PlatformTransactionManager transactionManager,
            @Value("${kokreation.search.refresh-on-start:true}") boolean refreshOnStart) {
        this.refreshOnStart = refreshOnStart;
        this.jdbc = new JdbcTemplate(dataSource);
        this.transaction = new TransactionTemplate(transactionManager);
        this.lock = TextQuery.Dialect.of(dataSource) == TextQuery.Dialect.POSTGRESQL ? " for update skip locked" : "";
    }

    @EventListener(ApplicationReadyEvent.class)
    void refreshInBackground() {
        if (!refreshOnStart) {
            return;
        }
        Thread.ofPlatform().name("search-terms").daemon().start(() -> {
            try {
                long made = refreshAll();
                if (made > 0) {
                    LOG.info("Search terms made for {} proposals and comments", made);
                }
            } catch (RuntimeException failed) {
                LOG.error("Search terms could not be made; searches miss the rows left", failed);
            }
        });
    }

    /** The stored terms of a proposal's title and (HTML) body. */
    static String proposalTerms(String title, String bodyHtml) {
        return SearchTerms.of(title, RichText.plainText(bodyHtml));
    }

    /** The stored terms of a comment's text (none when it was deleted). */
    static String commentTerms(String body) {
        return body.isEmpty() ? "" : SearchTerms.of("", body);
    }

    /** Makes the terms of every row of an older analysis; how many rows it made. */
    long refreshAll() {
        long made = 0;
        for (int batch = refreshProposals(); batch > 0; batch = refreshProposals()) {
            made += batch;
        }
        for (int batch = refreshComments(); batch > 0; batch = refreshComments()) {
            made += batch;
        }
        return made;
    }

    private int refreshProposals() {
        Integer made = transaction.execute(status -> {
            List<Text> texts = jdbc.query(
                    "select id, title, body_html from proposal where search_version <> ? order by id" + " fetch first "
                            + BATCH + " rows only" + lock,
                    (row, n) -> new Text(row.getLong(1), row.getString(2), row.getString(3)),
                    SearchTerms.ANALYSIS_VERSION);
            jdbc.batchUpdate(
                    "update proposal set search_terms = ?, search_version = ? where id = ?",
                    texts.stream()
                            .map(text -> new Object[] {
                                proposalTerms(text.title(), text.body()), SearchTerms.ANALYSIS_VERSION, text.id()
                            })
                            .toList());
            return texts.size();
        });
        return made == null ? 0 : made;
    }

    private int refreshComments() {
        Integer made = transaction.execute(status -> {
            List<Text> texts = jdbc.query(
                    "select id, body from proposal_comment where search_version <> ? order by id" + " fetch first "
                            + BATCH + " rows only" + lock,
                    (row, n) -> new Text(row.getLong(1), "", row.getString(2)),
                    SearchTerms.ANALYSIS_VERSION);
            jdbc.batchUpdate(
                    "update proposal_comment set search_terms = ?, search_version = ? where id = ?",
                    texts.stream()
                            .map(text ->
                                    new Object[] {commentTerms(text.body()), SearchTerms.ANALYSIS_VERSION, text.id()})
                            .toList());
            return texts.size();
        });
        return made == null ? 0 : made;
    }
}
