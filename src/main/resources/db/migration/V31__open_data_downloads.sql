-- Large open-data downloads running now, per client: a client (a hash of its address, never the
-- address itself) may run a few at once on all nodes together; the primary key gives each running
-- download one of the client's numbered slots, so two nodes can never hand out the same one.
-- A row left behind by a node that died is given up after a while (see DownloadSlots).
create table open_data_download (
    client_key varchar(64)              not null,
    slot       integer                  not null,
    started_at timestamp with time zone not null,
    primary key (client_key, slot)
);
