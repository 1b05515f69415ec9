-- Coordination of a match (R-DIRECTOR, R-DEADLINE, R-CONSULTED). Settings per region are data (DESIGN
-- decision 5); a region without a row uses the defaults from RULES.md.
create table coordination_settings (
    region_code            text primary key references region (code),
    -- R-DEADLINE: consult within this many working days (default 5).
    deadline_working_days  int not null default 5 check (deadline_working_days between 1 and 30),
    -- Liberation Day (5 May) is a day off every five years, or every year.
    liberation_day         text not null default 'EVERY_FIVE_YEARS' check (liberation_day in ('EVERY_FIVE_YEARS', 'YEARLY')),
    -- Whose supervisor follows a case while the youth's own municipality is not known (docs/adr/0013);
    -- null: the region's municipality with the lowest CBS code.
    case_municipality_code char(6) references municipality (cbs_code),
    -- Whether the region has set its own director rules; false: the defaults in DirectorRules.
    own_director_rules     boolean not null default false,
    updated_at             timestamptz not null,
    updated_by             text not null
);

-- R-DIRECTOR: the region's rules in order. The final tie-breaker (earliest signal, lowest id) is not a row.
create table director_rule (
    region_code text not null references coordination_settings (region_code) on delete cascade,
    position    int not null check (position >= 0),
    kind        text not null check (kind in ('CATEGORY_PRIORITY', 'DOMAIN_PRIORITY', 'ORGANISATION_PRIORITY',
                                              'EARLIEST_SIGNAL', 'LATEST_SIGNAL')),
    ranking     text[] not null default '{}',
    primary key (region_code, position),
    unique (region_code, kind)
);

-- One per match case: who directs it, and whose municipality supervises it.
create table coordination_case (
    match_case_id      uuid primary key references match_case (id) on delete cascade,
    region_code        text not null references region (code),
    -- How municipality_code was found: the youth's BRP municipality when the index knows it, otherwise REGION_DEFAULT (docs/adr/0013).
    municipality_code  char(6) references municipality (cbs_code),
    municipality_basis text not null check (municipality_basis in ('REGION_DEFAULT', 'PERSON_REGISTER')),
    -- The director is a signal: a transfer to a colleague takes the directorship along (R-TRANSFER). No foreign
    -- key: when the signal is deleted the id stays, so the case is still found and a new director appointed.
    director_signal_id uuid,
    director_since     timestamptz,
    -- The rule that decided, HAND_OVER, or TIE_BREAKER / ONLY_CANDIDATE.
    director_basis     text,
    opened_at          timestamptz not null
);
create index coordination_case_director_idx on coordination_case (director_signal_id);
create index coordination_case_municipality_idx on coordination_case (municipality_code);

-- One per match (pair of signals), as table 3.1 of seed 003 counts them: the deadline of that match and
-- when it was consulted. Kept with what the figures group by, so they need no other module's tables.
create table coordination_match (
    pair_id                uuid primary key references match_pair (id) on delete cascade,
    match_case_id          uuid not null references coordination_case (match_case_id) on delete cascade,
    kind                   text not null,
    across_regions         boolean not null,
    organisation_a         uuid not null references organisation (id),
    organisation_b         uuid not null references organisation (id),
    matched_at             timestamptz not null,
    matched_on             date not null,
    due_on                 date not null,
    consulted_at           timestamptz,
    -- Working days from the match to the consultation, counted like the deadline.
    consulted_working_days int,
    escalated_at           timestamptz,
    check ((consulted_at is null) = (consulted_working_days is null))
);
create index coordination_match_case_idx on coordination_match (match_case_id);
create index coordination_match_open_idx on coordination_match (due_on) where consulted_at is null;
create index coordination_match_matched_on_idx on coordination_match (matched_on);
