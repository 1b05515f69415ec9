-- ADR 0024: the administration API is opened by tokens that belong to one administrator's account, issued on their
-- own page and shown once, so the logbook names the person behind every call. The secret is kept as its SHA-256
-- (ADR 0002); a token expires, can be revoked, and stops when its account is disabled or no longer an
-- administrator's. The previous_* columns keep the layout every token table shares (V37, V56).
create table administrator_api_token (
    id                     uuid primary key,
    account_id             uuid        not null references user_account (id) on delete cascade,
    description            text        not null check (length(description) between 1 and 200),
    secret_sha256          bytea       not null check (length(secret_sha256) = 32),
    created_at             timestamptz not null,
    expires_at             timestamptz not null,
    previous_secret_sha256 bytea check (length(previous_secret_sha256) = 32),
    previous_valid_until   timestamptz,
    revoked_at             timestamptz
);
create index administrator_api_token_account_idx on administrator_api_token (account_id);
