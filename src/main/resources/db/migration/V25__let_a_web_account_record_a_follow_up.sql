-- R-SUPERVISE, ADR 0014: a municipal supervisor also works through a web account of their municipality, which is
-- not a municipal_supervisor credential. A follow-up keeps who recorded it by the logbook's actor id
-- ("municipal-supervisor:<id>" for the API credential, the account id for a web account); the credential id
-- stays filled for the API's follow-ups.
alter table supervisor_follow_up add column recorded_by text;
update supervisor_follow_up set recorded_by = 'municipal-supervisor:' || supervisor_id;
alter table supervisor_follow_up alter column recorded_by set not null;
alter table supervisor_follow_up alter column supervisor_id drop not null;
