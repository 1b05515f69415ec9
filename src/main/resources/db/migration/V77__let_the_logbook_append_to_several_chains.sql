-- ADR 0047 (amends ADR 0021): the logbook is several hash chains instead of one. Every writing transaction took the
-- one chain head's lock at its commit, so the whole index committed one transaction at a time (issue 18, the register
-- path). A transaction now takes a head that is free (for update skip locked) and links its entries in that chain;
-- only when every head is taken does it wait for one. Each chain is verified, checkpointed and kept on its own.

-- Every entry so far is in chain 1, the head row there was. The default fills the existing rows without rewriting the
-- table; it is dropped again, so that every new entry names its chain. The check holds for the existing rows by
-- construction, so it is not validated against them (no scan of the whole logbook).
alter table logbook_entry add column chain int not null default 1;
alter table logbook_entry alter column chain drop default;
alter table logbook_entry add constraint logbook_entry_chain_check check (chain between 1 and 16) not valid;

-- Sixteen heads (ADR 0047 says why sixteen); the existing row 1 stays as it is, with the chain so far.
alter table logbook_chain_head drop constraint logbook_chain_head_id_check;
alter table logbook_chain_head add constraint logbook_chain_head_id_check check (id between 1 and 16);
insert into logbook_chain_head (id, last_id, last_hash)
select n, null, decode(repeat('00', 32), 'hex') from generate_series(2, 16) n
on conflict (id) do nothing;

-- Retention (ADR 0021) per chain: in each chain, only the entries before its first entry at or after the cutoff go,
-- so every chain stays whole and verifiable from its oldest kept entry. Runs as the owner, as before (V31).
create or replace function logbook_delete_before(cutoff timestamptz) returns bigint
    language plpgsql security definer set search_path = public as $$
declare
    head       int;
    first_kept bigint;
    removed    bigint;
    deleted    bigint := 0;
begin
    if cutoff > now() - interval '1 year' then
        raise exception 'the logbook is kept for at least a year';
    end if;
    perform set_config('verwijsindex.logbook_retention', 'on', true);
    for head in select id from logbook_chain_head order by id loop
        select min(id) into first_kept from logbook_entry where chain = head and occurred_at >= cutoff;
        delete from logbook_entry
        where chain = head and occurred_at < cutoff and (first_kept is null or id < first_kept);
        get diagnostics removed = row_count;
        deleted := deleted + removed;
    end loop;
    perform set_config('verwijsindex.logbook_retention', 'off', true);
    return deleted;
end;
$$;
revoke all on function logbook_delete_before(timestamptz) from public;

-- The application role may move a head (its last entry, hash and time), never create, remove or renumber one.
create or replace function logbook_grant_append_only(app_role text) returns void language plpgsql as $$
begin
    execute format('revoke all on logbook_entry from %I', app_role);
    execute format('grant select, insert on logbook_entry to %I', app_role);
    execute format('grant update (youth_index) on logbook_entry to %I', app_role);
    execute format('revoke all on logbook_chain_head from %I', app_role);
    execute format('grant select on logbook_chain_head to %I', app_role);
    execute format('grant update (last_id, last_hash, updated_at) on logbook_chain_head to %I', app_role);
    execute format('grant execute on function logbook_delete_before(timestamptz) to %I', app_role);
end;
$$;

do $$
begin
    if '${app_role}' <> '' and exists (select 1 from pg_roles where rolname = '${app_role}') then
        perform logbook_grant_append_only('${app_role}');
    end if;
end;
$$;
