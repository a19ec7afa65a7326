package de.kokreation.jobs;

import java.util.Locale;

/**
 * What a job makes. Each kind has its own pool on every node, so that a burst of one kind cannot
 * take the threads, memory and connections another needs; the limit is
 * {@code kokreation.jobs.concurrency.<kind>} (e.g. {@code kokreation.jobs.concurrency.result-report=2}).
 */
public enum JobKind {
    /** The Ergebnisbericht of a consultation: about 20 s and a few hundred MB of reading at national scale. */
    RESULT_REPORT(2),
    /** The chosen draft commitments in the OGP template. */
    DRAFT_EXPORT(2),
    /** An implementation status report of an action plan. */
    STATUS_REPORT(2),
    /** The clusters of a theme group: all its proposals in memory, one core for a minute at national scale. */
    CLUSTERING(1),
    /** The operator's rebuild of the search index: every proposal and comment analysed again. */
    SEARCH_INDEX_REBUILD(1),
    /** Cards of a workshop read from a CSV file. */
    WORKSHOP_IMPORT(2);

    private final int defaultConcurrency;

    JobKind(int defaultConcurrency) {
        this.defaultConcurrency = defaultConcurrency;
    }

    /** How many jobs of this kind run at once on one node unless the operator says otherwise. */
    public int defaultConcurrency() {
        return defaultConcurrency;
    }

    /** The name in configuration keys: {@code result-report}. */
    public String propertyName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
