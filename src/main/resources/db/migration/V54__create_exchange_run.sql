-- Issue 18, ADR 0031: every import, dry run and export of the exchange format, with its progress for the
-- administrator's page, and the problems found per line (line, field, Dutch reason; never a value from the file).
create table exchange_run (
    id              uuid primary key,
    kind            text not null check (kind in ('IMPORT', 'DRY_RUN', 'EXPORT')),
    file_name       text not null,
    started_at      timestamptz not null,
    finished_at     timestamptz,
    state           text not null check (state in ('RUNNING', 'FINISHED', 'FAILED')),
    lines_total     int not null default 0,
    lines_done      int not null default 0,
    records_written int not null default 0,
    records_present int not null default 0,
    problems        int not null default 0,
    started_by      text not null
);
create index exchange_run_started_idx on exchange_run (started_at desc);

create table exchange_problem (
    run_id uuid not null references exchange_run (id) on delete cascade,
    line   int not null,
    field  text not null,
    reason text not null,
    primary key (run_id, line, field)
);
