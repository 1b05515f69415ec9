-- Issue 12: a new account gets a one-time activation link by e-mail instead of a password someone else chose.
-- One row per account: a new link replaces the previous one, which then stops working. The link's secret is kept
-- only as its SHA-256 (ADR 0002, ADR 0035); it is made when the e-mail goes out, so a row that is still QUEUED or
-- FAILED (the mail server was down) has no secret yet and nothing is lost: the retry task makes one and sends it.
create table account_activation (
    account_id           uuid primary key references user_account (id) on delete cascade,
    email                text        not null,
    secret_sha256        bytea,
    expires_at           timestamptz,
    used_at              timestamptz,
    requested_at         timestamptz not null,
    mail_state           text        not null check (mail_state in ('QUEUED', 'SENDING', 'SENT', 'FAILED')),
    mail_attempts        integer     not null default 0,
    mail_next_attempt_at timestamptz,
    mail_last_error      text
);

create unique index account_activation_secret on account_activation (secret_sha256);
create index account_activation_due on account_activation (mail_next_attempt_at)
    where mail_state in ('QUEUED', 'SENDING', 'FAILED');
