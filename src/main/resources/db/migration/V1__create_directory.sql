-- Directory: covenants (regions), municipalities, organisations, professionals, API clients.
-- Per-region settings are data (DESIGN decision 5), with defaults from RULES.md.

create table region (
    code                             text primary key check (code ~ '^[a-z0-9-]{2,40}$'),
    name                             text not null,
    index_display_name               text not null default 'Verwijsindex',
    -- R-MATCH-YOUTH: matches between two professionals of one organisation are made unless a region suppresses them.
    suppress_same_organisation_matches boolean not null default false
);

create table municipality (
    cbs_code    char(6) primary key check (cbs_code ~ '^GM[0-9]{4}$'),
    name        text not null,
    region_code text not null references region (code)
);
create index municipality_region_idx on municipality (region_code);

-- R-CATEGORY: the authorised categories of organisation, by domain (BJw 7.1.1-7.1.7).
create table organisation_category (
    code                 text primary key,
    domain               text not null check (domain in ('YOUTH_CARE', 'YOUTH_HEALTH_CARE', 'HEALTH_CARE', 'EDUCATION',
                                                        'SOCIAL_SUPPORT', 'WORK_AND_INCOME', 'POLICE_AND_JUSTICE')),
    name                 text not null,
    -- R-MELDER: independent professionals (GP, attendance officer) need no designation by an organisation.
    designation_required boolean not null default true,
    -- Null for the national list; a region may add its own categories.
    region_code          text references region (code)
);

create table organisation (
    id                  uuid primary key,
    name                text not null,
    oin                 char(20) unique check (oin ~ '^[0-9]{20}$'),
    kvk_number          char(8) check (kvk_number ~ '^[0-9]{8}$'),
    category_code       text not null references organisation_category (code),
    coordinator_name    text not null,
    coordinator_email   text not null,
    coordinator_phone   text not null,
    check (oin is not null or kvk_number is not null)
);

-- An organisation signals under a covenant only while it is a party to it (R-MELDER).
create table covenant_membership (
    organisation_id uuid not null references organisation (id),
    region_code     text not null references region (code),
    joined_on       date not null,
    left_on         date,
    primary key (organisation_id, region_code),
    check (left_on is null or left_on >= joined_on)
);
create index covenant_membership_region_idx on covenant_membership (region_code);

create table professional (
    id              uuid primary key,
    organisation_id uuid not null references organisation (id),
    name            text not null,
    email           text not null check (email ~ '^[^@\s]+@[^@\s]+$'),
    phone           text not null,
    designated      boolean not null,
    left_on         date
);
create index professional_organisation_idx on professional (organisation_id);
create unique index professional_email_per_organisation_idx on professional (organisation_id, lower(email));

-- Credentials of an organisation's own system. Only a SHA-256 of the 256-bit random secret is kept.
create table api_client (
    id              uuid primary key,
    organisation_id uuid not null references organisation (id),
    description     text not null,
    secret_sha256   bytea not null check (length(secret_sha256) = 32),
    created_at      timestamptz not null,
    revoked_at      timestamptz
);
create index api_client_organisation_idx on api_client (organisation_id);
