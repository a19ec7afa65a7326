package de.kokreation.actionplan;

import java.util.Map;

/** A frozen round and how many commitments stood at each level in it. */
public record RoundProgress(RoundSummary round, Map<CompletionLevel, Integer> commitments) {

    public int count(CompletionLevel level) {
        return commitments.getOrDefault(level, 0);
    }
}
