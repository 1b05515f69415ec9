-- R-INFORM: per signal, whether, when and how the professional informed the youth or the legal representative,
-- or why and until when informing is postponed (only for a listed reason of safety), and which reminders went.
create table signal_informing (
    signal_id        uuid primary key references signal (id) on delete cascade,
    state            text not null check (state in ('INFORMED', 'POSTPONED')),
    informed_on      date,
    method           text check (method in ('IN_PERSON', 'PHONE', 'LETTER', 'DIGITAL')),
    postponed_reason text check (postponed_reason in ('YOUTH_SAFETY', 'SAFETY_OF_OTHERS')),
    look_again_on    date,
    reminded_for     date,
    recorded_at      timestamptz not null,
    constraint signal_informing_complete check (
        (state = 'INFORMED' and informed_on is not null and method is not null
            and postponed_reason is null and look_again_on is null)
        or (state = 'POSTPONED' and postponed_reason is not null and look_again_on is not null
            and informed_on is null and method is null))
);
create index signal_informing_look_again on signal_informing (look_again_on) where state = 'POSTPONED';

-- Remembered once per signal: the reminder at the first match while the youth was not yet informed.
alter table signal add column inform_reminded_at timestamptz;

alter table notice drop constraint notice_kind_check;
alter table notice add constraint notice_kind_check check (kind in ('MATCH', 'EXPIRY_REMINDER', 'TRANSFERRED', 'MOVED',
                                                                  'DIRECTOR_APPOINTED', 'CONSULTATION_REMINDER',
                                                                  'CONSULTATION_OVERDUE', 'NEW_MATCH',
                                                                  'CASE_MOVED_OUT', 'CASE_MOVED_IN',
                                                                  'INFORM_REMINDER'));
alter table notice drop constraint notice_subject_check;
alter table notice add constraint notice_subject_check check (case
    when kind = 'MATCH' then match_pair_id is not null and signal_id is null and match_case_id is null
    when kind in ('EXPIRY_REMINDER', 'TRANSFERRED', 'MOVED', 'INFORM_REMINDER')
        then signal_id is not null and match_pair_id is null and match_case_id is null
    else match_case_id is not null and match_pair_id is null and signal_id is null end);
