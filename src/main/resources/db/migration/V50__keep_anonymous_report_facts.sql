-- R-REPORTS (issue 17, docs/adr/0030): the figures are anonymous facts written in the transaction of what they
-- count, so retention never changes a past period. A fact holds no youth, no professional and no pseudonym: only
-- the day, where (region, municipality), which organisation and its category, and what kind of thing happened.
create table report_fact (
    id                          bigint generated always as identity primary key,
    kind                        text not null check (kind in ('SIGNAL_REGISTERED', 'SIGNAL_ENDED', 'SIGNAL_EXPIRED',
                                                              'SIGNAL_DELETED', 'MATCH_MADE', 'MATCH_CONSULTED',
                                                              'CONSULTATION', 'CONSULTATION_OUTCOME')),
    -- The day it happened (Dutch time); for MATCH_CONSULTED the day the match was made, so a period's matches
    -- and how they were followed up are one cohort.
    occurred_on                 date not null,
    region_code                 text not null,
    -- Null when the index did not know the youth's municipality at the time ("onbekend" in the reports).
    municipality_code           char(6),
    organisation_id             uuid,
    organisation_category       text,
    -- A match's second organisation (null for the other kinds).
    other_organisation_id       uuid,
    other_organisation_category text,
    -- The match kind, end reason, deletion rule (RULES.md id), IN_TIME/LATE, or the consultation outcome.
    detail                      text,
    across_regions              boolean not null default false,
    -- SIGNAL_REGISTERED: the youth had no other signal in the index (a youth newly signalled).
    first_of_youth              boolean not null default false,
    -- Written by this migration from what the database held, not when it happened.
    backfilled                  boolean not null default false
);
create index report_fact_region_idx on report_fact (region_code, occurred_on);
create index report_fact_municipality_idx on report_fact (municipality_code, occurred_on);
create index report_fact_occurred_idx on report_fact (occurred_on);

-- Backfill from what the database holds today. Signals deleted before this migration are gone with their
-- matches and consultations; of deletions only the proof's rule, region and day are known (README).
insert into report_fact (kind, occurred_on, region_code, municipality_code, organisation_id, organisation_category,
                         first_of_youth, backfilled)
select 'SIGNAL_REGISTERED', (s.registered_at at time zone 'Europe/Amsterdam')::date, s.region_code,
       yp.municipality_code, s.organisation_id, o.category_code,
       row_number() over (partition by s.youth_id order by s.registered_at, s.id) = 1,
       true
from signal s
join organisation o on o.id = s.organisation_id
left join youth_person yp on yp.youth_id = s.youth_id;

insert into report_fact (kind, occurred_on, region_code, municipality_code, organisation_id, organisation_category,
                         detail, backfilled)
select case when s.end_reason = 'EXPIRED' then 'SIGNAL_EXPIRED' else 'SIGNAL_ENDED' end,
       (s.ended_at at time zone 'Europe/Amsterdam')::date, s.region_code, yp.municipality_code, s.organisation_id,
       o.category_code, s.end_reason, true
from signal s
join organisation o on o.id = s.organisation_id
left join youth_person yp on yp.youth_id = s.youth_id
where s.status = 'ARCHIVED';

-- A signal ended as unjustified was deleted at once (R-END): its ending is known from its proof only.
insert into report_fact (kind, occurred_on, region_code, detail, backfilled)
select 'SIGNAL_ENDED', (deleted_at at time zone 'Europe/Amsterdam')::date, region_code, 'UNJUSTIFIED', true
from deletion_proof where rule = 'R-END';

insert into report_fact (kind, occurred_on, region_code, detail, backfilled)
select 'SIGNAL_DELETED', (deleted_at at time zone 'Europe/Amsterdam')::date, region_code, rule, true
from deletion_proof;

insert into report_fact (kind, occurred_on, region_code, municipality_code, organisation_id, organisation_category,
                         other_organisation_id, other_organisation_category, detail, across_regions, backfilled)
select 'MATCH_MADE', cm.matched_on, cc.region_code, cc.municipality_code, cm.organisation_a, oa.category_code,
       cm.organisation_b, ob.category_code, cm.kind, cm.across_regions, true
from coordination_match cm
join coordination_case cc on cc.match_case_id = cm.match_case_id
join organisation oa on oa.id = cm.organisation_a
join organisation ob on ob.id = cm.organisation_b;

insert into report_fact (kind, occurred_on, region_code, municipality_code, organisation_id, organisation_category,
                         other_organisation_id, other_organisation_category, detail, across_regions, backfilled)
select 'MATCH_CONSULTED', cm.matched_on, cc.region_code, cc.municipality_code, cm.organisation_a, oa.category_code,
       cm.organisation_b, ob.category_code,
       case when (cm.consulted_at at time zone 'Europe/Amsterdam')::date <= cm.due_on then 'IN_TIME' else 'LATE' end,
       cm.across_regions, true
from coordination_match cm
join coordination_case cc on cc.match_case_id = cm.match_case_id
join organisation oa on oa.id = cm.organisation_a
join organisation ob on ob.id = cm.organisation_b
where cm.consulted_at is not null;

insert into report_fact (kind, occurred_on, region_code, municipality_code, organisation_id, organisation_category,
                         backfilled)
select 'CONSULTATION', (c.recorded_at at time zone 'Europe/Amsterdam')::date, cc.region_code, cc.municipality_code,
       p.organisation_id, o.category_code, true
from consultation c
join coordination_case cc on cc.match_case_id = c.match_case_id
join professional p on p.id = c.director_professional_id
join organisation o on o.id = p.organisation_id;

insert into report_fact (kind, occurred_on, region_code, municipality_code, organisation_id, organisation_category,
                         detail, backfilled)
select 'CONSULTATION_OUTCOME', (c.recorded_at at time zone 'Europe/Amsterdam')::date, cc.region_code,
       cc.municipality_code, p.organisation_id, o.category_code, c.outcome, true
from consultation c
join coordination_case cc on cc.match_case_id = c.match_case_id
join professional p on p.id = c.director_professional_id
join organisation o on o.id = p.organisation_id
where c.outcome is not null;
