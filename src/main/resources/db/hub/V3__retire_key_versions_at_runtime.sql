-- Retiring a key version while the hub runs (docs/adr/0045, issue 14). An administrator's call retires a version once
-- every signal that holds a pseudonym of it also holds one of a version still in use (docs/adr/0032 step 4); its
-- pseudonyms are deleted in that transaction, and from then on a report under it is refused (422
-- unknown-key-version), also while its keys are still in the key file and after a restart. One row per retired
-- version, kept: the record of who retired which version when, and how many pseudonyms went. No pseudonym here.
create table retired_key_version (
    key_version               integer     primary key check (key_version > 0),
    retired_at                timestamptz not null,
    retired_by                text        not null,
    youth_pseudonyms_deleted  bigint      not null,
    parent_pseudonyms_deleted bigint      not null
);
