-- Issue 12, accounts: a temporary password (chosen by someone else) works only until password_expires_at; an
-- administrator can disable any account (disabled_at) and enable it again. A disabled account cannot log in and
-- its live sessions end at their next request. Temporary passwords that exist already get three days from now.
alter table user_account add column password_expires_at timestamptz;
alter table user_account add column disabled_at timestamptz;
update user_account set password_expires_at = now() + interval '3 days' where password_must_change;
