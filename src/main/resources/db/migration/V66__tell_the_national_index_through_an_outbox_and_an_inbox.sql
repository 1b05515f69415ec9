-- Issue 14, R-NATIONAL (docs/adr/0033, 0034): the regional index's side of the national index.
--
-- The outbox: one row for every change to a signal the hub must know about, written in the transaction of the
-- change, so a hub outage never blocks or loses one and a rolled-back registration sends nothing. Ids only: the
-- signal, what to send (its state, built when it is sent, or a forget with the rule that deleted it) and a
-- message id; never a BSN. No foreign key to the signal: a forget goes out after the signal is gone.
create sequence national_outbox_sequence;
create table national_outbox (
    message_id      uuid primary key,
    signal_id       uuid not null,
    -- Rising per signal (and over all signals): the order the hub applies a signal's messages in.
    sequence        bigint not null unique default nextval('national_outbox_sequence'),
    action          text not null check (action in ('REPORT', 'FORGET')),
    rule_id         text check (rule_id is null or length(rule_id) between 1 and 40),
    -- The event that wrote the row, for operators.
    cause           text not null check (length(cause) between 1 and 40),
    state           text not null default 'PENDING' check (state in ('PENDING', 'SENT', 'PARKED', 'WAITING_FOR_BSN')),
    created_at      timestamptz not null,
    attempts        int not null default 0,
    next_attempt_at timestamptz not null,
    done_at         timestamptz,
    refusal_status  int,
    refusal_code    text check (refusal_code is null or length(refusal_code) <= 100),
    check ((action = 'FORGET') = (rule_id is not null)),
    check ((state = 'PARKED') = (refusal_code is not null))
);
create index national_outbox_due_idx on national_outbox (next_attempt_at) where state = 'PENDING';
create index national_outbox_signal_idx on national_outbox (signal_id, sequence);
create index national_outbox_done_idx on national_outbox (done_at) where state = 'SENT';

-- The first start with the national index on reports every signal the region already holds, once per database.
create table national_initial_load (
    id      int primary key check (id = 1),
    done_at timestamptz not null
);

-- The inbox: each delivery of the hub stored once under its id and applied in the same transaction. The cursor
-- is kept apart, so a delivery removed with its signal is never asked for again.
create table national_inbox_cursor (
    id               int primary key check (id = 1),
    last_delivery_id bigint not null check (last_delivery_id >= 0)
);
insert into national_inbox_cursor (id, last_delivery_id) values (1, 0);

-- A cross-region match, archive hit or move as the hub delivered it: the region's own signal (null when the region
-- no longer holds it, or for MOVED_IN) and the other professional's contact card (R-VISIBLE), never anything about
-- the youth. Removed with the signal.
create table national_delivery (
    delivery_id         bigint primary key check (delivery_id > 0),
    kind                text not null check (kind in ('YOUTH_MATCH', 'FAMILY_MATCH', 'ARCHIVE_HIT', 'MOVED_IN')),
    match_id            uuid,
    signal_id           uuid references signal (id) on delete cascade,
    other_name          text check (length(other_name) <= 200),
    other_organisation  text check (length(other_organisation) <= 200),
    other_phone         text check (length(other_phone) <= 50),
    other_email         text check (length(other_email) <= 320),
    other_region        text check (length(other_region) <= 100),
    other_registered_on date,
    other_ended_on      date,
    municipality_code   text check (length(municipality_code) <= 10),
    outcome             text not null check (outcome in ('APPLIED', 'IGNORED')),
    received_at         timestamptz not null,
    -- R-ARCHIVE-HIT: an archive hit is shown to the professional once, then no more.
    shown_at            timestamptz,
    check (outcome = 'IGNORED' or (kind = 'MOVED_IN') = (signal_id is null))
);
create index national_delivery_signal_idx on national_delivery (signal_id) where signal_id is not null;
create index national_delivery_municipality_idx on national_delivery (municipality_code, received_at desc)
    where kind = 'MOVED_IN';

-- The notices of a delivery: to the professional of the own signal (a cross-region youth or family match, an
-- archive hit) or to the supervisors of the municipality a youth moved into from another region. Once per delivery
-- and recipient; the e-mail is as content-free as every other (R-MAIL-EMPTY).
alter table notice add column national_delivery_id bigint references national_delivery (delivery_id) on delete cascade;
create unique index notice_national_delivery_idx on notice (national_delivery_id, coalesce(professional_id, supervisor_id))
    where national_delivery_id is not null;
alter table notice drop constraint notice_kind_check;
alter table notice add constraint notice_kind_check check (kind in ('MATCH', 'EXPIRY_REMINDER', 'TRANSFERRED', 'MOVED',
                                                                  'DIRECTOR_APPOINTED', 'CONSULTATION_REMINDER',
                                                                  'CONSULTATION_OVERDUE', 'NEW_MATCH',
                                                                  'CASE_MOVED_OUT', 'CASE_MOVED_IN',
                                                                  'INFORM_REMINDER', 'ADVICE_REQUESTED',
                                                                  'REMOVED_ON_REQUEST', 'NATIONAL_YOUTH_MATCH',
                                                                  'NATIONAL_FAMILY_MATCH', 'NATIONAL_ARCHIVE_HIT',
                                                                  'NATIONAL_MOVED_IN'));
alter table notice drop constraint notice_subject_check;
alter table notice add constraint notice_subject_check check (case
    when kind = 'MATCH' then match_pair_id is not null and signal_id is null and match_case_id is null
    when kind in ('EXPIRY_REMINDER', 'TRANSFERRED', 'MOVED', 'INFORM_REMINDER', 'ADVICE_REQUESTED')
        then signal_id is not null and match_pair_id is null and match_case_id is null
    when kind = 'REMOVED_ON_REQUEST'
        then signal_id is null and match_pair_id is null and match_case_id is null and region_code is not null
    when kind in ('NATIONAL_YOUTH_MATCH', 'NATIONAL_FAMILY_MATCH', 'NATIONAL_ARCHIVE_HIT')
        then national_delivery_id is not null and signal_id is not null and match_pair_id is null
             and match_case_id is null
    when kind = 'NATIONAL_MOVED_IN'
        then national_delivery_id is not null and region_code is not null and signal_id is null
             and match_pair_id is null and match_case_id is null
    else match_case_id is not null and match_pair_id is null and signal_id is null end);
alter table notice drop constraint notice_supervisor_kind_check;
alter table notice add constraint notice_supervisor_kind_check
    check (supervisor_id is null or kind in ('CONSULTATION_OVERDUE', 'MOVED', 'NEW_MATCH', 'CASE_MOVED_OUT',
                                             'CASE_MOVED_IN', 'NATIONAL_MOVED_IN'));
