-- R-MATCH-YOUTH: one match case per youth, its participating signals, and one pair record per
-- pair of signals (three signals on one youth are three matches) for notices and statistics.
create table match_case (
    id         uuid primary key,
    kind       text not null check (kind in ('YOUTH')),
    youth_id   bigint not null unique references youth (id) on delete cascade,
    opened_at  timestamptz not null
);

create table match_participant (
    match_case_id uuid not null references match_case (id) on delete cascade,
    signal_id     uuid not null references signal (id) on delete cascade,
    joined_at     timestamptz not null,
    primary key (match_case_id, signal_id)
);
create index match_participant_signal_idx on match_participant (signal_id);

create table match_pair (
    id            uuid primary key,
    match_case_id uuid not null references match_case (id) on delete cascade,
    kind          text not null check (kind in ('YOUTH')),
    -- The two signals in a fixed order (signal_a < signal_b) so a pair can exist only once.
    signal_a      uuid not null references signal (id) on delete cascade,
    signal_b      uuid not null references signal (id) on delete cascade,
    region_a      text not null references region (code),
    region_b      text not null references region (code),
    created_at    timestamptz not null,
    check (signal_a < signal_b),
    unique (signal_a, signal_b)
);
create index match_pair_signal_b_idx on match_pair (signal_b);
create index match_pair_case_idx on match_pair (match_case_id);
