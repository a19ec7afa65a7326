-- Owner: operations. One row per scheduled job: the node that holds the lock runs the job, the
-- others skip that run (ShedLock's JDBC provider; times are the database's, in UTC).
create table shedlock (
    name       varchar(64)  not null primary key,
    lock_until timestamp(3) not null,
    locked_at  timestamp(3) not null,
    locked_by  varchar(255) not null
);
