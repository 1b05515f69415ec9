-- The national index (hub), issue 14, docs/adr/0033. Its own schema (Flyway's default schema, spring.flyway.*), so it
-- may share a PostgreSQL server with anything. Nothing here is a BSN or can be turned into one without both the
-- pseudonym service's OPRF key and the hub's HMAC key (docs/adr/0027).

-- The municipalities (CBS codes) whose supervisors a region serves, for MOVED_IN (R-MOVE).
create table region_municipality (
    region            text not null,
    municipality_code text not null,
    primary key (municipality_code, region)
);
create index region_municipality_by_region on region_municipality (region);

-- Per (region, signal reference) the signal's last state: the youth's keyed pseudonym, the contact card, dates.
create table signal (
    region              text        not null,
    signal_ref          text        not null,
    state               text        not null check (state in ('ACTIVE', 'ARCHIVED')),
    key_version         integer     not null,
    youth_pseudonym     bytea       not null check (length(youth_pseudonym) = 32),
    municipality_code   text,
    registered_on       date        not null,
    active_until        date        not null,
    archive_until       date,
    contact_name        text        not null,
    contact_organisation text       not null,
    contact_phone       text,
    contact_email       text,
    last_sequence       bigint      not null,
    updated_at          timestamptz not null,
    primary key (region, signal_ref)
);
-- Youth matching and archive hits: the other signals on one pseudonym of one key version.
create index signal_by_youth on signal (key_version, youth_pseudonym);

-- The keyed pseudonyms of the youth's parents (R-MATCH-FAMILY), zero to two per signal.
create table signal_parent (
    region           text    not null,
    signal_ref       text    not null,
    key_version      integer not null,
    parent_pseudonym bytea   not null check (length(parent_pseudonym) = 32),
    primary key (region, signal_ref, parent_pseudonym),
    foreign key (region, signal_ref) references signal (region, signal_ref) on delete cascade
);
create index signal_parent_by_pseudonym on signal_parent (key_version, parent_pseudonym);

-- The messages applied per region, so a replay changes nothing; kept for a while (verwijsindex.hub.message-retention).
create table seen_message (
    region     text        not null,
    message_id uuid        not null,
    seen_at    timestamptz not null,
    primary key (region, message_id)
);
create index seen_message_by_age on seen_message (seen_at);

-- A match between two signals of different regions. The pair is its identity (stored in a fixed order, a before b),
-- so replays and concurrent messages make a pair once.
create table match (
    id           uuid        primary key,
    kind         text        not null check (kind in ('YOUTH_MATCH', 'FAMILY_MATCH', 'ARCHIVE_HIT')),
    region_a     text        not null,
    signal_ref_a text        not null,
    region_b     text        not null,
    signal_ref_b text        not null,
    made_at      timestamptz not null,
    unique (region_a, signal_ref_a, region_b, signal_ref_b)
);
create index match_by_b on match (region_b, signal_ref_b);

-- A region's inbox: what it has not fetched and acknowledged yet (GET /v1/inbox). The id rises; a region asking
-- after n acknowledges everything up to n, which is then deleted. The other signal is named so that forgetting it
-- also takes back what was not fetched yet.
create table delivery (
    id                   bigint generated always as identity primary key,
    region               text        not null,
    kind                 text        not null check (kind in ('YOUTH_MATCH', 'FAMILY_MATCH', 'ARCHIVE_HIT', 'MOVED_IN')),
    match_id             uuid,
    own_signal_ref       text,
    other_region         text        not null,
    other_signal_ref     text        not null,
    other_name           text        not null,
    other_organisation   text        not null,
    other_phone          text,
    other_email          text,
    other_registered_on  date        not null,
    other_ended_on       date,
    municipality_code    text,
    created_at           timestamptz not null
);
create index delivery_by_region on delivery (region, id);
create index delivery_by_own on delivery (region, own_signal_ref);
create index delivery_by_other on delivery (other_region, other_signal_ref);

-- R-PROOF: which rule made a region's signal leave the hub, and when; no personal data.
-- A signal may come back after it was forgotten (a restriction of processing lifted, R-REQUEST): a report with a
-- higher sequence than the forget's is applied again, an older one stays ignored; the proof of the latest forget
-- stands.
create table forget_proof (
    region       text        not null,
    signal_ref   text        not null,
    rule_id      text        not null,
    forgotten_at timestamptz not null,
    sequence     bigint      not null,
    primary key (region, signal_ref)
);
