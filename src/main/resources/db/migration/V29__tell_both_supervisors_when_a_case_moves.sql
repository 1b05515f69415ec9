-- Issue 13 (defect 3), R-SUPERVISE: a match case opened before the person register answered moves to the
-- youth's municipality once it has; the supervisors of the municipality it left (CASE_MOVED_OUT) and of the one
-- it moved to (CASE_MOVED_IN) are told, each by a notice about the match case.
alter table notice drop constraint notice_kind_check;
alter table notice add constraint notice_kind_check check (kind in ('MATCH', 'EXPIRY_REMINDER', 'TRANSFERRED', 'MOVED',
                                                                  'DIRECTOR_APPOINTED', 'CONSULTATION_REMINDER',
                                                                  'CONSULTATION_OVERDUE', 'NEW_MATCH',
                                                                  'CASE_MOVED_OUT', 'CASE_MOVED_IN'));
alter table notice drop constraint notice_supervisor_kind_check;
alter table notice add constraint notice_supervisor_kind_check
    check (supervisor_id is null or kind in ('CONSULTATION_OVERDUE', 'MOVED', 'NEW_MATCH', 'CASE_MOVED_OUT',
                                             'CASE_MOVED_IN'));
