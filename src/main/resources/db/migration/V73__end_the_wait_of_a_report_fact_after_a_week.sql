-- R-REPORTS (issue 17, docs/adr/0040): a report fact waiting for its youth's municipality was linked to the youth
-- until the register answered or the youth was forgotten; with no register connected, or a youth the register never
-- places, that link stayed for years beside facts that are to hold no youth. The wait now ends after a week (the
-- reporting module's hourly task deletes older links); the fact keeps "Onbekend".
alter table report_fact_awaiting_municipality add column waiting_since timestamptz not null default now();
create index report_fact_awaiting_municipality_since_idx on report_fact_awaiting_municipality (waiting_since);
