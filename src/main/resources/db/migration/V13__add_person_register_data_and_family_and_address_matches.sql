-- Issue 4: what the index keeps from the person register (BRP). Parents and address only as keyed blind
-- indexes (DESIGN decision 1); name, birth date and address are fetched to be shown, never stored (R-DATA).

-- One row per youth the index has asked (or must ask) the register about. A due sync is a work item:
-- registration and the periodic re-check set sync_due_at; a worker claims it with a lease and clears it.
-- While the register is unreachable the item stays due, with back-off, so nothing is silently skipped.
create table youth_person (
    youth_id          bigint primary key references youth (id) on delete cascade,
    state             text not null check (state in ('NEVER_SYNCED', 'CURRENT', 'NOT_IN_REGISTER')),
    -- HMAC of the BAG adresseerbaarObjectIdentificatie of the residential address (R-MATCH-ADDRESS, R-MOVE).
    address_index     bytea check (length(address_index) = 32),
    -- The municipality of registration (CBS code), for R-MOVE and the supervisor of the youth's municipality.
    municipality_code char(6) check (municipality_code ~ '^GM[0-9]{4}$'),
    synced_at         timestamptz,
    sync_due_at       timestamptz,
    sync_attempts     int not null default 0,
    sync_error        text,
    sync_lease_until  timestamptz
);
create index youth_person_sync_due_idx on youth_person (sync_due_at) where sync_due_at is not null;
create index youth_person_address_idx on youth_person (address_index) where address_index is not null;

-- R-MATCH-FAMILY: the youth's parents (ouder 1, ouder 2) as blind indexes of their BSN.
create table youth_parent (
    youth_id     bigint not null references youth (id) on delete cascade,
    parent_index bytea not null check (length(parent_index) = 32),
    primary key (youth_id, parent_index)
);
create index youth_parent_parent_idx on youth_parent (parent_index);

-- R-MATCH-ADDRESS: addresses of designated institutions make no address match. Per region, as data
-- (DESIGN decision 5). The BAG id of an institution is not personal data.
create table institution_address (
    region_code                    text not null references region (code),
    addressable_object_id          char(16) not null check (addressable_object_id ~ '^[0-9]{16}$'),
    name                           text not null check (length(name) between 1 and 200),
    primary key (region_code, addressable_object_id)
);

-- R-BSN-HIDDEN: an organisation whose professionals may not use the BSN registers by other data.
alter table organisation add column bsn_authorised boolean not null default true;

-- R-NOBSN: a youth without a BSN is known by a verwijsindex number derived from surname, birth date and
-- gender; its blind index takes the place of the BSN's, and there is no BSN to encrypt.
alter table youth add column identified_by text not null default 'BSN' check (identified_by in ('BSN', 'VI_NUMBER'));
alter table youth alter column bsn_encrypted drop not null;
alter table youth add constraint youth_bsn_encrypted_check check ((identified_by = 'BSN') = (bsn_encrypted is not null));

-- Family and address matches: a match case per shared parent or per address (its blind index as the key),
-- next to the case per youth. One pair of signals is one match, of the first kind that applies
-- (youth, family, address), so the unique pair key stays as it is.
alter table match_case alter column youth_id drop not null;
alter table match_case add column case_key bytea check (length(case_key) = 32);
alter table match_case drop constraint match_case_kind_check;
alter table match_case add constraint match_case_kind_check check (kind in ('YOUTH', 'FAMILY', 'ADDRESS'));
alter table match_case add constraint match_case_subject_check
    check ((kind = 'YOUTH') = (youth_id is not null) and (kind = 'YOUTH') = (case_key is null));
create unique index match_case_key_idx on match_case (kind, case_key) where case_key is not null;
alter table match_pair drop constraint match_pair_kind_check;
alter table match_pair add constraint match_pair_kind_check check (kind in ('YOUTH', 'FAMILY', 'ADDRESS'));

-- R-MOVE: the professionals with an active signal are told the youth moved.
alter table notice drop constraint notice_kind_check;
alter table notice add constraint notice_kind_check check (kind in ('MATCH', 'EXPIRY_REMINDER', 'TRANSFERRED', 'MOVED'));

-- The nightly death check became the person re-check (deaths, moves, family and address changes).
delete from scheduled_tasks where task_name = 'death-check';
