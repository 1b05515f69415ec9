-- R-DATA: a signal holds exactly the youth, the professional (and through them the organisation and
-- its coordinator), the moment of registration and the date by which it ends at the latest.
-- No reason, risk, note or content. R-GROUNDS is stored only as the confirmation that it was weighed.
create table signal (
    id                uuid primary key,
    youth_id          bigint not null references youth (id),
    professional_id   uuid not null references professional (id),
    organisation_id   uuid not null references organisation (id),
    region_code       text not null references region (code),
    grounds_confirmed boolean not null check (grounds_confirmed),
    registered_at     timestamptz not null,
    active_until      date not null,
    status            text not null check (status in ('ACTIVE', 'ARCHIVED')),
    ended_at          timestamptz,
    end_reason        text check (end_reason in ('RISK_GONE', 'EXPIRED')),
    archived_until    date,
    check ((status = 'ACTIVE') = (ended_at is null)),
    check ((status = 'ARCHIVED') = (end_reason is not null and archived_until is not null))
);
-- One active signal per professional per youth; a second registration is answered with this one.
create unique index signal_one_active_per_professional_idx on signal (youth_id, professional_id) where status = 'ACTIVE';
create index signal_youth_idx on signal (youth_id);
create index signal_professional_idx on signal (professional_id, status);
create index signal_organisation_idx on signal (organisation_id, status);

-- A retried API request with the same key is answered with the signal of the first (DESIGN decision 3).
-- The fingerprint is keyed (it covers the blind index, never the BSN) and tells a retry from a misuse.
create table signal_idempotency (
    organisation_id uuid not null references organisation (id),
    idempotency_key text not null,
    fingerprint     bytea not null,
    -- Kept (as null) when the signal is deleted, so a late retry is refused rather than registering again.
    signal_id       uuid references signal (id) on delete set null deferrable initially deferred,
    created_at      timestamptz not null,
    primary key (organisation_id, idempotency_key)
);
create index signal_idempotency_created_idx on signal_idempotency (created_at);

-- R-ARCHIVE-HIT: an archived signal is shown once, only to the professional who newly registers the youth.
create table archive_hit (
    signal_id          uuid not null references signal (id) on delete cascade,
    archived_signal_id uuid not null references signal (id) on delete cascade,
    created_at         timestamptz not null,
    primary key (signal_id, archived_signal_id)
);
create index archive_hit_archived_idx on archive_hit (archived_signal_id);
