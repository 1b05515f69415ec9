-- Issue 12, tokens: a municipal privacy desk's token (V44) expires and can be rotated with an overlap, as every other
-- token does (V37, V56). Tokens that exist already get a year.
alter table privacy_desk_credential add column expires_at timestamptz;
alter table privacy_desk_credential add column previous_secret_sha256 bytea check (length(previous_secret_sha256) = 32);
alter table privacy_desk_credential add column previous_valid_until timestamptz;
update privacy_desk_credential set expires_at = now() + interval '1 year';
