-- Owner: account. The throttles' counts live in the database, so that every node of a cluster
-- counts the same attempts and a restart forgets nothing: one row per key (an address, an
-- account, an account at an address, ...), an amount (failures, or tokens left) and its time.
create table throttle (
    throttle_key varchar(600)             not null primary key,
    amount       double precision         not null,
    counted_at   timestamp with time zone not null,
    forget_at    timestamp with time zone not null
);
create index ix_throttle_forget on throttle (forget_at);

-- Blocking, deleting or a new password raises the stamp; a session whose login saw an older one
-- ends on its next request, on whichever node it lives.
alter table user_account add column session_stamp bigint default 0 not null;
