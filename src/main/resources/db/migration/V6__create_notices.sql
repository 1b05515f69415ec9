-- A notice tells one professional about one new match (R-NOTICE, R-NOTICE-NEW). It is the inbox item
-- and the e-mail outbox at once: the e-mail (R-MAIL-EMPTY) is built when it is sent, from current state.
create table notice (
    id                   uuid primary key,
    professional_id      uuid not null references professional (id),
    kind                 text not null check (kind in ('MATCH')),
    match_pair_id        uuid not null references match_pair (id) on delete cascade,
    created_at           timestamptz not null,
    read_at              timestamptz,
    mail_state           text not null check (mail_state in ('QUEUED', 'SENT', 'FAILED')),
    mail_attempts        int not null default 0,
    mail_next_attempt_at timestamptz,
    mail_sent_at         timestamptz,
    mail_last_error      text,
    unique (match_pair_id, professional_id)
);
create index notice_inbox_idx on notice (professional_id, created_at desc);
create index notice_mail_due_idx on notice (mail_next_attempt_at) where mail_state in ('QUEUED', 'FAILED');
