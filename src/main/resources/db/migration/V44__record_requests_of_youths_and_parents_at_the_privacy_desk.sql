-- R-REQUEST (issue 15, ADR 0028): the privacy desk of a municipality records and decides the requests of youths and
-- parents for access, a copy, correction, objection, erasure or restriction.

-- The privacy desk logs in as a web account linked to its municipality, like the municipal supervisor.
alter table user_account drop constraint user_account_role_check;
alter table user_account add constraint user_account_role_check
    check (role in ('PROFESSIONAL', 'ORGANISATION_COORDINATOR', 'MUNICIPAL_SUPERVISOR', 'REGION_COORDINATOR',
                    'ADMINISTRATOR', 'DATA_PROTECTION_OFFICER', 'PRIVACY_DESK'));
do $$
declare
    linked text;
begin
    select conname into linked from pg_constraint
    where conrelid = 'user_account'::regclass and contype = 'c'
      and pg_get_constraintdef(oid) like '%MUNICIPAL_SUPERVISOR%municipality_code%';
    execute format('alter table user_account drop constraint %I', linked);
end
$$;
alter table user_account add constraint user_account_municipality_check
    check ((role in ('MUNICIPAL_SUPERVISOR', 'PRIVACY_DESK')) = (municipality_code is not null));

-- The desk's credential for the privacy desk API (/api/v1/privacy-desk): a token <id>.<secret>, only its hash kept.
create table privacy_desk_credential (
    id                uuid primary key,
    municipality_code char(6) not null references municipality (cbs_code),
    name              text not null,
    secret_sha256     bytea not null check (length(secret_sha256) = 32),
    created_at        timestamptz not null,
    revoked_at        timestamptz
);
create index privacy_desk_credential_municipality_idx on privacy_desk_credential (municipality_code);

-- One request. The youth's BSN is kept as the index keeps every BSN (DESIGN decision 1): a blind index under a named
-- key and the AES-GCM ciphertext. How identity was checked is a fact from a fixed list; no copy of a document.
-- The deadline is one month from receipt (due_on), once extended by two months with a reason and the day the
-- requester was told (extended_due_on). A decided request has an outcome, a reason and a date.
create table rights_request (
    id                    uuid primary key,
    municipality_code     char(6) not null references municipality (cbs_code),
    kind                  text not null check (kind in ('ACCESS', 'COPY', 'CORRECTION', 'OBJECTION', 'ERASURE',
                                                        'RESTRICTION')),
    requester             text not null check (requester in ('YOUTH', 'LEGAL_REPRESENTATIVE',
                                                              'YOUTH_AND_LEGAL_REPRESENTATIVE')),
    identity_check        text not null check (identity_check in ('ID_DOCUMENT_AT_DESK', 'DIGID',
                                                                    'ID_DOCUMENT_BY_VIDEO_CALL')),
    youth_birth_date      date not null,
    bsn_index             bytea not null,
    bsn_key_id            smallint not null check (bsn_key_id between 1 and 255),
    bsn_encrypted         bytea not null,
    received_on           date not null,
    due_on                date not null,
    extended_due_on       date,
    extension_reason      text check (length(extension_reason) between 1 and 500),
    extension_told_on     date,
    reminded_for          date,
    overdue_for           date,
    outcome               text check (outcome in ('ACCESS_GIVEN', 'CORRECTED', 'ERASED', 'RESTRICTED', 'REFUSED',
                                                  'NOTHING_REGISTERED')),
    decision_reason       text check (length(decision_reason) between 1 and 2000),
    decided_on            date,
    decided_by            text,
    restriction_lifted_on date,
    recorded_by           text not null,
    recorded_at           timestamptz not null,
    constraint rights_request_extension_complete check (
        num_nulls(extended_due_on, extension_reason, extension_told_on) in (0, 3)),
    constraint rights_request_decision_complete check (
        num_nulls(outcome, decision_reason, decided_on, decided_by) in (0, 4)),
    constraint rights_request_lifted_only_restriction check (restriction_lifted_on is null or outcome = 'RESTRICTED')
);
create index rights_request_municipality_idx on rights_request (municipality_code, received_on desc);
create index rights_request_open_idx on rights_request (due_on) where outcome is null;
create index rights_request_bsn_idx on rights_request (bsn_index);
create index rights_request_key_idx on rights_request (bsn_key_id);

-- R-REQUEST: the professional who registered each signal on the youth advises; the municipality decides. The advice
-- stays when the signal is deleted by the decision (no foreign key to the signal).
create table rights_advice (
    request_id      uuid not null references rights_request (id),
    signal_id       uuid not null,
    professional_id uuid not null references professional (id),
    asked_at        timestamptz not null,
    advice          text check (advice in ('GRANT', 'REFUSE', 'NO_OPINION')),
    explanation     text check (length(explanation) between 1 and 1000),
    answered_at     timestamptz,
    answered_by     text,
    primary key (request_id, signal_id),
    constraint rights_advice_answer_complete check (num_nulls(advice, answered_at, answered_by) in (0, 3))
);
create index rights_advice_professional_idx on rights_advice (professional_id, asked_at desc);

-- R-REQUEST, restriction: while a youth has a row here, their signals stay but make no new matches.
create table youth_restriction (
    youth_id      bigint primary key references youth (id) on delete cascade,
    request_id    uuid not null,
    restricted_at timestamptz not null
);

-- R-PROOF: a deletion decided on a request (objection granted, erasure, correction of a wrong identification).
alter table deletion_proof drop constraint deletion_proof_rule_check;
alter table deletion_proof add constraint deletion_proof_rule_check
    check (rule in ('R-END', 'R-AGE-23', 'R-DEATH', 'R-ARCHIVE-5Y', 'R-DELETE-ONLY-REGION', 'R-REQUEST'));
