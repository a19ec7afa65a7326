-- Search across all consultations takes its candidates in a cheap order and ranks at most a
-- bounded number of them (ProposalSearch): proposals by support or by date, comments by date,
-- each walked through one of these indexes until enough matches are found.
create index ix_proposal_support on proposal (votes_for desc, id desc);
create index ix_proposal_created on proposal (created_at desc, id desc);
create index ix_comment_created on proposal_comment (created_at desc, id desc);
