-- R-REPORTS (issue 17, docs/adr/0048): two coarser monthly roll-ups of report_fact beside report_fact_month (V75), so
-- that a report reads only the columns it groups and filters by:
--   report_fact_month_place         without organisations and categories: the reports per region and per
--                                   municipality (of a municipality, a region or all regions);
--   report_fact_month_organisation  without region and municipality: the reports over all regions per organisation
--                                   and per category, and which organisations they have.
-- Kept current exactly as report_fact_month is (FactStore): +n appended in the statement that writes the facts, -n/+n
-- in the place roll-up when a fact's municipality is learned later (the organisation roll-up has no municipality),
-- and folded per month by the same task. A report sums the rows, folded or not.
create table report_fact_month_place (
    -- The first day of the month of the facts' occurred_on.
    month             date not null,
    kind              text not null,
    region_code       text not null,
    municipality_code char(6),
    detail            text,
    across_regions    boolean not null,
    first_of_youth    boolean not null,
    -- How many facts; negative for a correction (a fact that moved to another municipality).
    facts             integer not null,
    compacted         boolean not null default false
);
create index report_fact_month_place_region_idx on report_fact_month_place (region_code, month);
create index report_fact_month_place_municipality_idx on report_fact_month_place (municipality_code, month);
create index report_fact_month_place_month_idx on report_fact_month_place (month);
create index report_fact_month_place_appended_idx on report_fact_month_place (month) where not compacted;

create table report_fact_month_organisation (
    month                       date not null,
    kind                        text not null,
    organisation_id             uuid,
    organisation_category       text,
    other_organisation_id       uuid,
    other_organisation_category text,
    detail                      text,
    across_regions              boolean not null,
    first_of_youth              boolean not null,
    facts                       integer not null,
    compacted                   boolean not null default false
);
create index report_fact_month_organisation_month_idx on report_fact_month_organisation (month);
create index report_fact_month_organisation_appended_idx on report_fact_month_organisation (month) where not compacted;

-- Backfill: from the monthly roll-up, which counts every fact there is (appended rows included), folded.
insert into report_fact_month_place (month, kind, region_code, municipality_code, detail, across_regions,
                                     first_of_youth, facts, compacted)
select month, kind, region_code, municipality_code, detail, across_regions, first_of_youth, sum(facts), true
from report_fact_month
group by 1, 2, 3, 4, 5, 6, 7
having sum(facts) <> 0;

insert into report_fact_month_organisation (month, kind, organisation_id, organisation_category, other_organisation_id,
                                            other_organisation_category, detail, across_regions, first_of_youth, facts,
                                            compacted)
select month, kind, organisation_id, organisation_category, other_organisation_id, other_organisation_category, detail,
       across_regions, first_of_youth, sum(facts), true
from report_fact_month
group by 1, 2, 3, 4, 5, 6, 7, 8, 9
having sum(facts) <> 0;
