-- DESIGN decision 1: no plaintext BSN at rest. A keyed blind index (HMAC-SHA-256) to match on,
-- and the BSN encrypted with AES-GCM (key version byte, nonce, ciphertext and tag) for lookups.
create table youth (
    id            bigint generated always as identity primary key,
    bsn_index     bytea not null unique check (length(bsn_index) = 32),
    bsn_encrypted bytea not null,
    -- Needed for R-YOUTH and R-AGE-23 until the person register (BRP) provides it.
    birth_date    date not null,
    created_at    timestamptz not null
);
