-- Notifications: the installation's secret that signs the one-click unsubscribe links of
-- notification and digest mails (RFC 8058). One row, created on first use, the same on every node.
create table notification_key (
    id     integer     not null primary key,
    secret varchar(64) not null,
    constraint ck_notification_key_single check (id = 1)
);
