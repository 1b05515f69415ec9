-- R-ACTIVE-2Y: a configurable lead time per region (default 4 weeks) for the reminder to extend.
alter table region add column expiry_reminder_days int not null default 28 check (expiry_reminder_days between 1 and 180);

-- Which end date the last reminder was about, so each period gets one reminder and an extension gets a new one.
alter table signal add column reminded_for date;

-- Notices about one signal (a reminder to extend, a transfer) next to notices about a match.
alter table notice alter column match_pair_id drop not null;
alter table notice add column signal_id uuid references signal (id) on delete cascade;
alter table notice add column about_date date;
alter table notice drop constraint notice_kind_check;
alter table notice add constraint notice_kind_check check (kind in ('MATCH', 'EXPIRY_REMINDER', 'TRANSFERRED'));
alter table notice add constraint notice_subject_check check ((kind = 'MATCH') = (match_pair_id is not null)
                                                             and (kind = 'MATCH') = (signal_id is null));
create unique index notice_once_per_signal_event_idx on notice (signal_id, kind, professional_id, about_date)
    where signal_id is not null;
create index notice_signal_idx on notice (signal_id) where signal_id is not null;
