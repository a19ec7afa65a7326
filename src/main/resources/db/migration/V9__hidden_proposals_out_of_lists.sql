-- Hidden proposals leave the public lists and counts. The lists page through the sort indexes;
-- with the flag right after the theme group in each index, "visible proposals of a group by
-- support" stays an ordered (on PostgreSQL index-only) scan. Kept in step with hidden_reason by
-- the Proposal entity (hide/restore).
alter table proposal add column hidden boolean default false not null;
update proposal set hidden = true where hidden_reason is not null;

drop index ix_proposal_group_support;
drop index ix_proposal_group_newest;
drop index ix_proposal_group_discussed;
create index ix_proposal_group_support on proposal (theme_group_id, hidden, votes_for desc, id desc);
create index ix_proposal_group_newest on proposal (theme_group_id, hidden, created_at desc, id desc);
create index ix_proposal_group_discussed on proposal (theme_group_id, hidden, comment_count desc, id desc);
