-- R-NOTICE: every new match is also announced to the supervisor of the match case's municipality
-- (NEW_MATCH, about the match case, once a day per case and supervisor).
alter table notice drop constraint notice_kind_check;
alter table notice add constraint notice_kind_check check (kind in ('MATCH', 'EXPIRY_REMINDER', 'TRANSFERRED', 'MOVED',
                                                                  'DIRECTOR_APPOINTED', 'CONSULTATION_REMINDER',
                                                                  'CONSULTATION_OVERDUE', 'NEW_MATCH'));
alter table notice drop constraint notice_supervisor_kind_check;
alter table notice add constraint notice_supervisor_kind_check
    check (supervisor_id is null or kind in ('CONSULTATION_OVERDUE', 'MOVED', 'NEW_MATCH'));
