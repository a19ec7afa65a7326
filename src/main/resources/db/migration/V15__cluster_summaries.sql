-- A machine-made summary of a confirmed cluster (issue 17), where an operator configured a
-- language model: its state (RUNNING, DONE, FAILED) so that every node shows it, the sentences
-- that passed the check against their sources (JSON), and how many were removed. Deleted when
-- the cluster's members change: a summary always speaks of the proposals it shows.
create table proposal_cluster_summary (
    cluster_id   bigint       not null primary key references proposal_cluster (id),
    status       varchar(16)  not null,
    requested_at timestamp with time zone not null,
    finished_at  timestamp with time zone,
    model        varchar(200),
    sentences    varchar(100000),
    removed      integer      not null default 0,
    failure      varchar(100)
);
