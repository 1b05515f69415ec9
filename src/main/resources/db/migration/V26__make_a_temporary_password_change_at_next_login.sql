-- ADR 0015: a password that someone else chose (an administrator or an organisation's coordinator, when they
-- create an account or reset its password) is temporary: the person must choose their own at the next login.
-- Accounts that exist already keep working as they are (the default), including the demo's.
alter table user_account add column password_must_change boolean not null default false;
