-- Events of an action plan (issue 21): implementation workshops and online sessions of a published
-- plan, organised by its coordinators. Owner: meeting.
alter table meeting add column action_plan_id bigint references action_plan (id);
create index ix_meeting_action_plan on meeting (action_plan_id, starts_at);
