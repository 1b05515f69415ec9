-- People who log in to the web application (issue 6), one role each, linked to what the role works for.
-- Only an Argon2id hash of the password is kept; the TOTP secret is AES-256-GCM encrypted (key from
-- configuration) and never shown again after it was set up. Lockout: failed_attempts counts failures in a
-- row (password or code); at the limit locked_until is set and the count starts over.
create table user_account (
    id                    uuid primary key,
    username              text not null check (username ~ '^[a-z0-9._-]{2,64}$'),
    display_name          text not null,
    password_hash         text not null,
    role                  text not null check (role in ('PROFESSIONAL', 'ORGANISATION_COORDINATOR', 'MUNICIPAL_SUPERVISOR',
                                                        'REGION_COORDINATOR', 'ADMINISTRATOR')),
    professional_id       uuid references professional (id),
    organisation_id       uuid references organisation (id),
    municipality_code     char(6) references municipality (cbs_code),
    region_code           text references region (code),
    failed_attempts       integer not null default 0 check (failed_attempts >= 0),
    locked_until          timestamptz,
    totp_secret_encrypted bytea,
    -- The last 30-second step whose code was accepted: a code is never accepted twice.
    totp_last_step        bigint,
    created_at            timestamptz not null,
    check ((role = 'PROFESSIONAL') = (professional_id is not null)),
    check ((role = 'ORGANISATION_COORDINATOR') = (organisation_id is not null)),
    check ((role = 'MUNICIPAL_SUPERVISOR') = (municipality_code is not null)),
    check ((role = 'REGION_COORDINATOR') = (region_code is not null))
);
create unique index user_account_username_idx on user_account (username);
-- One account per professional.
create unique index user_account_professional_idx on user_account (professional_id) where professional_id is not null;
create index user_account_organisation_idx on user_account (organisation_id) where organisation_id is not null;
