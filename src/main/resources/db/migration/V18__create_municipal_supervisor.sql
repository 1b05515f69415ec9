-- R-SUPERVISE: the municipal supervisor (regievoerder) checks that matched professionals consulted in time and
-- receives escalations. Contact details for notices, and until human login (issue 6) a credential for the
-- supervisor API: only a SHA-256 of the 256-bit random secret is kept (docs/adr/0002). Removing a supervisor
-- keeps the row (notices refer to it) and ends the credential.
create table municipal_supervisor (
    id                uuid primary key,
    municipality_code char(6) not null references municipality (cbs_code),
    name              text not null,
    email             text not null check (email ~ '^[^@\s]+@[^@\s]+$'),
    phone             text not null,
    secret_sha256     bytea not null check (length(secret_sha256) = 32),
    created_at        timestamptz not null,
    removed_at        timestamptz
);
create index municipal_supervisor_municipality_idx on municipal_supervisor (municipality_code) where removed_at is null;
