-- R-SUPERVISE: the municipal supervisor records that they followed up an overdue or escalated match case.
-- That it happened and when; no free text.
create table supervisor_follow_up (
    id            uuid primary key,
    match_case_id uuid not null references coordination_case (match_case_id) on delete cascade,
    supervisor_id uuid not null references municipal_supervisor (id),
    recorded_at   timestamptz not null
);
create index supervisor_follow_up_case_idx on supervisor_follow_up (match_case_id, recorded_at desc);
