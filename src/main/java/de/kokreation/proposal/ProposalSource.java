package de.kokreation.proposal;

import org.jspecify.annotations.Nullable;

/**
 * Where a proposal written on a card comes from: the meeting, shown instead of an account
 * ("aus dem Workshop … (35 Teilnehmende)"), with the number of people there once it is recorded.
 */
public record ProposalSource(
        long meetingId,
        String title,
        String kindKey,
        @Nullable Integer attendance,
        String link) {}
