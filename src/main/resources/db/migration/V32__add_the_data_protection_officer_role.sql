-- R-LOGBOOK (NEN 7513, issue 12): the data protection officer (functionaris gegevensbescherming) logs in to search
-- and export the logbook, read-only, and is linked to nothing (like the administrator).
alter table user_account drop constraint user_account_role_check;
alter table user_account add constraint user_account_role_check
    check (role in ('PROFESSIONAL', 'ORGANISATION_COORDINATOR', 'MUNICIPAL_SUPERVISOR', 'REGION_COORDINATOR',
                    'ADMINISTRATOR', 'DATA_PROTECTION_OFFICER'));
