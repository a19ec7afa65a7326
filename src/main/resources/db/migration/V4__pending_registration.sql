-- A confirmation link activates exactly the registration that asked for it: the name, password
-- hash and language of a repeated registration travel with its token, not into the account.
alter table account_token add column pending_display_name varchar(80);
alter table account_token add column pending_password_hash varchar(255);
alter table account_token add column pending_language varchar(8);
