-- The terms of participation each account accepted, by the version the operator gave them
-- (kokreation.terms.version), and when: an account whose version is not the current one (every
-- account from before this migration) is asked to accept them once at its next login.
alter table user_account add column terms_version varchar(40);
alter table user_account add column terms_accepted_at timestamp with time zone;
