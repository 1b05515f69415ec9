-- Notices about a match case (coordination): the director is told of a hand-over or re-appointment
-- (DIRECTOR_APPOINTED) and reminded a working day before the deadline (CONSULTATION_REMINDER, R-DEADLINE);
-- the municipal supervisor is told when a deadline passes (CONSULTATION_OVERDUE, R-SUPERVISE, V18).
alter table notice add column match_case_id uuid references match_case (id) on delete cascade;
alter table notice drop constraint notice_kind_check;
alter table notice add constraint notice_kind_check check (kind in ('MATCH', 'EXPIRY_REMINDER', 'TRANSFERRED', 'MOVED',
                                                                  'DIRECTOR_APPOINTED', 'CONSULTATION_REMINDER',
                                                                  'CONSULTATION_OVERDUE'));
-- Exactly one subject, by kind: a pair, a signal, or a match case.
alter table notice drop constraint notice_subject_check;
alter table notice add constraint notice_subject_check check (case
    when kind = 'MATCH' then match_pair_id is not null and signal_id is null and match_case_id is null
    when kind in ('EXPIRY_REMINDER', 'TRANSFERRED', 'MOVED') then signal_id is not null and match_pair_id is null and match_case_id is null
    else match_case_id is not null and match_pair_id is null and signal_id is null end);
create index notice_match_case_idx on notice (match_case_id) where match_case_id is not null;
-- One notice per case, kind, recipient and date (the deadline, or the day of appointment): a task or event
-- handled twice makes no second notice.
create unique index notice_once_per_case_event_idx on notice (match_case_id, kind, professional_id, about_date)
    where match_case_id is not null;
