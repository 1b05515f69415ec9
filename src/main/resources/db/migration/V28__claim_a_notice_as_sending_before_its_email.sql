-- Issue 13 (defect 6): a notice is claimed as SENDING, with a short lease in mail_next_attempt_at, in its own
-- committed transaction before its e-mail goes to the SMTP server. While the lease runs nobody sends it again;
-- once it has run out without SENT or FAILED recorded, the outcome of that attempt is unknown and the notice is
-- sent again with the same Message-ID (README, "E-mail delivery").
alter table notice drop constraint notice_mail_state_check;
alter table notice add constraint notice_mail_state_check
    check (mail_state in ('QUEUED', 'SENDING', 'SENT', 'FAILED'));
drop index notice_mail_due_idx;
create index notice_mail_due_idx on notice (mail_next_attempt_at) where mail_state in ('QUEUED', 'SENDING', 'FAILED');
