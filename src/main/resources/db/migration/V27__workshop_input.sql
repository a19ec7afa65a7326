-- Workshop input (issue 21): proposals written on cards at a meeting carry the meeting as their
-- source (the account is the organiser who typed them in); the room's dot votes per proposal are
-- kept apart from the online votes. Owners: proposal (the column), meeting (the dots).
alter table proposal add column source_meeting_id bigint references meeting (id);
create index ix_proposal_source_meeting on proposal (source_meeting_id);

create table meeting_dot_vote (
    meeting_id  bigint  not null references meeting (id),
    proposal_id bigint  not null references proposal (id),
    dots        integer not null,
    recorded_by bigint  references user_account (id),
    recorded_at timestamp with time zone not null,
    primary key (meeting_id, proposal_id)
);
create index ix_meeting_dot_vote_proposal on meeting_dot_vote (proposal_id);

-- How many people took part, as the organisers recorded it after the meeting; shown with the
-- proposals written there ("aus dem Workshop … (35 Teilnehmende)").
alter table meeting add column attendance integer;
