-- R-REPORTS (issue 17, docs/adr/0040): a signal is registered before the person register has said where its youth
-- lives, so its fact was counted under "Onbekend". A fact registered without a municipality now waits in this
-- table until the register's answer (PersonDataRefreshed) gives it one; the row then goes. The link lives only while
-- it waits, and goes with the youth (on delete cascade) when the youth is forgotten: the fact stays anonymous.
create table report_fact_awaiting_municipality (
    fact_id  bigint primary key references report_fact (id) on delete cascade,
    youth_id bigint not null references youth (id) on delete cascade
);
create index report_fact_awaiting_municipality_youth_idx on report_fact_awaiting_municipality (youth_id);

-- Backfill: facts hold no signal, so a fact without a municipality is given one of the municipalities the index now
-- knows for the signals of the same kind, day, region, organisation and detail that are not yet accounted for by
-- facts of that group that have one. Within such a group the facts cannot be told apart, so the counts come out as
-- if each fact had been written knowing its municipality. Signals already deleted cannot be placed (README).
with source as (
    select 'SIGNAL_REGISTERED' as kind, (s.registered_at at time zone 'Europe/Amsterdam')::date as day,
           s.region_code, s.organisation_id, '' as detail, yp.municipality_code
    from signal s
    join youth_person yp on yp.youth_id = s.youth_id
    where yp.municipality_code is not null
    union all
    select case when s.end_reason = 'EXPIRED' then 'SIGNAL_EXPIRED' else 'SIGNAL_ENDED' end,
           (s.ended_at at time zone 'Europe/Amsterdam')::date, s.region_code, s.organisation_id, s.end_reason,
           yp.municipality_code
    from signal s
    join youth_person yp on yp.youth_id = s.youth_id
    where s.status = 'ARCHIVED' and s.ended_at is not null and yp.municipality_code is not null
),
needed as (
    select kind, day, region_code, organisation_id, detail, municipality_code, count(*) as n
    from source
    group by kind, day, region_code, organisation_id, detail, municipality_code
),
known as (
    select kind, occurred_on as day, region_code, organisation_id, coalesce(detail, '') as detail,
           municipality_code, count(*) as n
    from report_fact
    where municipality_code is not null and kind in ('SIGNAL_REGISTERED', 'SIGNAL_ENDED', 'SIGNAL_EXPIRED')
    group by kind, occurred_on, region_code, organisation_id, coalesce(detail, ''), municipality_code
),
slots as (
    select m.kind, m.day, m.region_code, m.organisation_id, m.detail, m.municipality_code,
           row_number() over (partition by m.kind, m.day, m.region_code, m.organisation_id, m.detail
                              order by m.municipality_code) as slot
    from (select n.kind, n.day, n.region_code, n.organisation_id, n.detail, n.municipality_code,
                 n.n - coalesce(k.n, 0) as missing
          from needed n
          left join known k using (kind, day, region_code, organisation_id, detail, municipality_code)) m
    cross join lateral generate_series(1, m.missing)
    where m.missing > 0
),
unknown as (
    select id, kind, occurred_on as day, region_code, organisation_id, coalesce(detail, '') as detail,
           row_number() over (partition by kind, occurred_on, region_code, organisation_id, coalesce(detail, '')
                              order by id) as slot
    from report_fact
    where municipality_code is null and kind in ('SIGNAL_REGISTERED', 'SIGNAL_ENDED', 'SIGNAL_EXPIRED')
)
update report_fact f
set municipality_code = s.municipality_code
from unknown u
join slots s using (kind, day, region_code, organisation_id, detail, slot)
where f.id = u.id;
