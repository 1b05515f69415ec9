-- ADR 0021, ADR 0022: an entry's audit reference (HMAC of the youth's blind index under the audit key) is part of the
-- hash chain and cannot change when the youth is re-keyed. So each re-keying records that the reference under the
-- previous blind index is an alias of the reference under the current one: a search by BSN after the old key was
-- retired still finds what was done before. Audit references only (HMACs of HMACs), no BSN; kept as long as the
-- entries they lead to.
create table logbook_audit_alias (
    alias      bytea primary key check (length(alias) = 32),
    audit_ref  bytea       not null check (length(audit_ref) = 32),
    created_at timestamptz not null
);
create index logbook_audit_alias_ref_idx on logbook_audit_alias (audit_ref);
