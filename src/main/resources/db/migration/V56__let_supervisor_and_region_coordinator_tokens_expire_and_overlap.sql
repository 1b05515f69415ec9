-- Issue 12, tokens: as an organisation's API token (V37), a municipal supervisor's and a region coordinator's token
-- expires (expires_at), and a rotation may keep the old secret valid for a while (previous_secret_sha256 until
-- previous_valid_until), so their systems can switch without an outage. Tokens that exist already get a year.
alter table municipal_supervisor add column expires_at timestamptz;
alter table municipal_supervisor add column previous_secret_sha256 bytea check (length(previous_secret_sha256) = 32);
alter table municipal_supervisor add column previous_valid_until timestamptz;
update municipal_supervisor set expires_at = now() + interval '1 year';

alter table region_coordinator_credential add column expires_at timestamptz;
alter table region_coordinator_credential add column previous_secret_sha256 bytea
    check (length(previous_secret_sha256) = 32);
alter table region_coordinator_credential add column previous_valid_until timestamptz;
update region_coordinator_credential set expires_at = now() + interval '1 year';
