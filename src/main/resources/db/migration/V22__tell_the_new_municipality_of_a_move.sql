-- R-MOVE: when a youth with an active signal moves to another municipality, the supervisor of the new
-- municipality is told too: a notice about one of the youth's active signals, once per move and supervisor.
alter table notice drop constraint notice_supervisor_kind_check;
alter table notice add constraint notice_supervisor_kind_check check (supervisor_id is null or kind in ('CONSULTATION_OVERDUE', 'MOVED'));
create unique index notice_once_per_signal_event_for_supervisor_idx on notice (signal_id, kind, supervisor_id, about_date)
    where signal_id is not null and supervisor_id is not null;
