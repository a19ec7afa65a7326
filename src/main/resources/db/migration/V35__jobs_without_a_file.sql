-- Jobs that leave no file behind (clustering, the search index rebuild, imports) run on the same
-- runner as reports: their rows have no file name and no media type.
alter table background_job alter column file_name drop not null;
alter table background_job alter column content_type drop not null;
