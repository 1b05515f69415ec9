-- R-REPORTS (issue 17, docs/adr/0044): the reports count the anonymous facts per month at the finest, so they read
-- this monthly roll-up of report_fact instead of the facts themselves: one row per month and combination of the
-- columns a report groups or filters by, with the number of facts. Whoever writes or changes facts writes a row
-- here in the same statement (FactStore): +n for new facts, -n/+n when a fact's municipality is learned later.
-- Those rows are appended, never updated, so no two transactions wait for one row; every few minutes a task
-- folds a month's appended rows into one per combination (compacted). A report sums the rows, folded or not,
-- so its figures equal the facts' at every moment.
create table report_fact_month (
    -- The first day of the month of the facts' occurred_on.
    month                       date not null,
    kind                        text not null,
    region_code                 text not null,
    municipality_code           char(6),
    organisation_id             uuid,
    organisation_category       text,
    other_organisation_id       uuid,
    other_organisation_category text,
    detail                      text,
    across_regions              boolean not null,
    first_of_youth              boolean not null,
    -- How many facts; negative for a correction (a fact that moved to another municipality).
    facts                       integer not null,
    -- Folded by the task: the one row of its combination in its month, until new rows are appended.
    compacted                   boolean not null default false
);
create index report_fact_month_region_idx on report_fact_month (region_code, month);
create index report_fact_month_municipality_idx on report_fact_month (municipality_code, month);
create index report_fact_month_month_idx on report_fact_month (month);
create index report_fact_month_appended_idx on report_fact_month (month) where not compacted;

-- Backfill: every fact there is, folded.
insert into report_fact_month (month, kind, region_code, municipality_code, organisation_id, organisation_category,
                               other_organisation_id, other_organisation_category, detail, across_regions,
                               first_of_youth, facts, compacted)
select date_trunc('month', occurred_on)::date, kind, region_code, municipality_code, organisation_id,
       organisation_category, other_organisation_id, other_organisation_category, detail, across_regions,
       first_of_youth, count(*), true
from report_fact
group by 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11;
