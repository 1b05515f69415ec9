-- The region coordinator (convenantbeheerder) of one covenant region: until human login (issue 6), a
-- credential for the region API with which they carry out deletions (R-DELETE-ONLY-REGION). Only a SHA-256
-- of the 256-bit random secret is kept.
create table region_coordinator_credential (
    id            uuid primary key,
    region_code   text not null references region (code),
    name          text not null,
    secret_sha256 bytea not null check (length(secret_sha256) = 32),
    created_at    timestamptz not null,
    revoked_at    timestamptz
);
create index region_coordinator_credential_region_idx on region_coordinator_credential (region_code);
