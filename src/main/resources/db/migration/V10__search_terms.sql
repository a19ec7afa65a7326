-- Search: proposals and comments keep the analysed terms of their text (shared.search.SearchTerms,
-- PostgreSQL's text form of a tsvector) and the version of the analysis that made them. Rows of an
-- older version (all rows at first) are brought up to date in the background by the proposal
-- module (ProposalSearchTerms). On PostgreSQL the terms are also kept as a tsvector column, set by
-- a trigger when they are written, with a GIN index (ProposalSearchIndexes, a Java migration, since H2 has no tsvector).
alter table proposal add column search_terms varchar(1000000) default '' not null;
alter table proposal add column search_version integer default 0 not null;
alter table proposal_comment add column search_terms varchar(1000000) default '' not null;
alter table proposal_comment add column search_version integer default 0 not null;
