-- R-REQUEST (issue 15): a professional is asked for advice on a request about a youth they registered
-- (ADVICE_REQUESTED, about their signal), and told when their signal was removed on a request (REMOVED_ON_REQUEST):
-- that signal is gone, so the notice names no subject, only the region whose index the e-mail names. Both carry the
-- region, so the e-mail goes out for a signal in the archive too.
alter table notice add column region_code text references region (code);

alter table notice drop constraint notice_kind_check;
alter table notice add constraint notice_kind_check check (kind in ('MATCH', 'EXPIRY_REMINDER', 'TRANSFERRED', 'MOVED',
                                                                  'DIRECTOR_APPOINTED', 'CONSULTATION_REMINDER',
                                                                  'CONSULTATION_OVERDUE', 'NEW_MATCH',
                                                                  'CASE_MOVED_OUT', 'CASE_MOVED_IN',
                                                                  'INFORM_REMINDER', 'ADVICE_REQUESTED',
                                                                  'REMOVED_ON_REQUEST'));
alter table notice drop constraint notice_subject_check;
alter table notice add constraint notice_subject_check check (case
    when kind = 'MATCH' then match_pair_id is not null and signal_id is null and match_case_id is null
    when kind in ('EXPIRY_REMINDER', 'TRANSFERRED', 'MOVED', 'INFORM_REMINDER', 'ADVICE_REQUESTED')
        then signal_id is not null and match_pair_id is null and match_case_id is null
    when kind = 'REMOVED_ON_REQUEST'
        then signal_id is null and match_pair_id is null and match_case_id is null and region_code is not null
    else match_case_id is not null and match_pair_id is null and signal_id is null end);
-- One notice per professional, request and kind: the request's id is the subject of a removal.
alter table notice add column rights_request_id uuid;
create unique index notice_request_idx on notice (rights_request_id, kind, professional_id)
    where rights_request_id is not null;
