-- R-LOGBOOK (NEN 7513, issue 12): every entry says who acted (the account or API client and the person acting in
-- the organisation's own system), from where (address, client), and carries the SHA-256 hash of the entry before
-- it, so that a changed, removed or inserted entry breaks the chain. The hash covers every column except the id and
-- the youth's blind index, which R-PROOF may clear; the youth stays findable through the audit reference (an HMAC
-- under the separate audit key, ADR 0021).
alter table logbook_entry
    add column acting_user    text,
    add column remote_address text,
    add column client         text,
    add column audit_ref      bytea,
    add column previous_hash  bytea,
    add column hash           bytea;

-- Entries written before the chain existed have no hash; every new one must have one.
alter table logbook_entry add constraint logbook_entry_hash_present check (hash is not null) not valid;

alter table logbook_entry drop constraint logbook_entry_actor_type_check;
alter table logbook_entry add constraint logbook_entry_actor_type_check
    check (actor_type in ('API_CLIENT', 'USER', 'SYSTEM', 'ANONYMOUS'));

create index logbook_entry_audit_ref_idx on logbook_entry (audit_ref, occurred_at);
create index logbook_entry_organisation_idx on logbook_entry (organisation_id, occurred_at);
create index logbook_entry_occurred_at_idx on logbook_entry (occurred_at);

-- The head of the chain: one row, locked for update by every append, so that appends are serialised and the chain
-- cannot fork.
create table logbook_chain_head (
    id         int primary key check (id = 1),
    last_id    bigint,
    last_hash  bytea not null,
    updated_at timestamptz not null default now()
);
insert into logbook_chain_head (id, last_id, last_hash) values (1, null, decode(repeat('00', 32), 'hex'));

-- Append-only, with two exceptions: R-PROOF may clear the youth's blind index (nothing else), and the retention
-- function (V31) may delete entries older than the logbook's retention period.
create or replace function logbook_entry_append_only() returns trigger language plpgsql as $$
begin
    if tg_op = 'UPDATE' and new.youth_index is null
       and (to_jsonb(new) - 'youth_index') = (to_jsonb(old) - 'youth_index') then
        return new;
    end if;
    if tg_op = 'DELETE' and current_setting('verwijsindex.logbook_retention', true) = 'on' then
        return old;
    end if;
    raise exception 'logbook entries cannot be changed or removed';
end;
$$;
