-- The rebuild runs as a background job owned by the admin who started it (started_by; a node
-- going on with an abandoned rebuild runs it for the same admin); an admin may cancel it.
alter table search_rebuild add column started_by bigint;
alter table search_rebuild add column cancelled_at timestamp with time zone;
