-- Issue 12, tokens: an organisation's API token expires (expires_at), and a rotation may keep the old secret
-- valid for a while (previous_secret_sha256 until previous_valid_until), so a system can switch without an
-- outage. Tokens that exist already get a year from now.
alter table api_client add column expires_at timestamptz;
alter table api_client add column previous_secret_sha256 bytea check (length(previous_secret_sha256) = 32);
alter table api_client add column previous_valid_until timestamptz;
update api_client set expires_at = now() + interval '1 year';
