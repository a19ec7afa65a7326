-- Open data: the installation's secret for pseudonymous author ids. Authors appear in the open
-- data only as an HMAC of consultation and account under this key, so the ids are stable but
-- cannot be reversed or linked across consultations without it. One row, created by the
-- application on first use (never shipped, never the same on two installations).
create table open_data_key (
    id     integer     not null primary key,
    secret varchar(64) not null,
    constraint ck_open_data_key_single check (id = 1)
);
