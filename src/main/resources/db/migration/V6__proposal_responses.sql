-- The reasoned response to a proposal: adopted, partly adopted, not adopted or duplicate, with a
-- reason (required unless adopted), by a moderator of its theme group.
create table proposal_response (
    proposal_id  bigint        not null primary key references proposal (id),
    outcome      varchar(20)   not null,
    reason       varchar(2000),
    responded_by bigint        references user_account (id),
    responded_at timestamp with time zone not null,
    constraint ck_response_outcome check (outcome in ('ADOPTED', 'PARTLY_ADOPTED', 'NOT_ADOPTED', 'DUPLICATE'))
);
