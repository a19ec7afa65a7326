package de.kokreation.voting;

/**
 * The SQL of one kind of vote, spelled by the module that owns its tables: a vote table with one
 * row per person and target (kept unique by a constraint) and the target's table with the two
 * counters. The voting piece runs these statements as JDBC batches, with the parameters in the
 * order given here, and keeps the counters equal to the rows.
 *
 * @param directionOf one person's vote, as the name of its direction: {@code targetId, voterId}
 * @param insertIfAbsent a new vote unless the person has one: {@code targetId, voterId, direction,
 *     castAt, targetId, voterId}
 * @param turn changes a vote of the other direction: {@code direction, castAt, targetId, voterId,
 *     direction}
 * @param delete withdraws a vote of one direction: {@code targetId, voterId, direction}
 * @param adjustCounters moves the counters: {@code forDelta, againstDelta, targetId}
 * @param counters the counters of the targets as {@code id, votes_for, votes_against}, for the
 *     named parameter {@code :ids}
 */
public record VoteTable(
        String directionOf,
        String insertIfAbsent,
        String turn,
        String delete,
        String adjustCounters,
        String counters) {}
