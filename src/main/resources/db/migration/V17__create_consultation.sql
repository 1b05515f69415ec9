-- R-CONSULTED: the director ticks off that the professionals consulted, with an optional outcome category
-- (seed 003, table 4.1) and never free text; the others confirm. Consulting covers every match of the case not
-- yet consulted (coordination_match.consulted_at).
create table consultation (
    id                       uuid primary key,
    match_case_id            uuid not null references coordination_case (match_case_id) on delete cascade,
    recorded_at              timestamptz not null,
    director_professional_id uuid not null references professional (id),
    outcome                  text check (outcome in ('MORE_INSIGHT', 'EARLY_ALIGNMENT', 'PLAN_ADJUSTED', 'SCALED_UP',
                                                     'NOTHING_CONCRETE')),
    matches_consulted        int not null check (matches_consulted > 0)
);
create index consultation_case_idx on consultation (match_case_id, recorded_at desc);

create table consultation_confirmation (
    consultation_id uuid not null references consultation (id) on delete cascade,
    professional_id uuid not null references professional (id),
    confirmed_at    timestamptz not null,
    primary key (consultation_id, professional_id)
);
