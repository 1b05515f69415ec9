-- A notice goes to exactly one recipient: a professional, or a municipal supervisor (only the escalation of a
-- match case whose deadline passed, R-DEADLINE, R-SUPERVISE).
alter table notice alter column professional_id drop not null;
alter table notice add column supervisor_id uuid references municipal_supervisor (id);
alter table notice add constraint notice_recipient_check check (num_nonnulls(professional_id, supervisor_id) = 1);
alter table notice add constraint notice_supervisor_kind_check check (supervisor_id is null or kind = 'CONSULTATION_OVERDUE');
drop index notice_once_per_case_event_idx;
create unique index notice_once_per_case_event_idx on notice (match_case_id, kind, coalesce(professional_id, supervisor_id), about_date)
    where match_case_id is not null;
create index notice_supervisor_inbox_idx on notice (supervisor_id, created_at desc) where supervisor_id is not null;
