-- R-LOGBOOK (issue 12): the application's database role may read and append to the logbook, never change or remove
-- an entry; migrations run as a separate role that owns the tables (README, "Database roles").

-- Retention (ADR 0021): the only way to remove entries. Runs with the rights of the owner (the migration role), and
-- only deletes a prefix of the chain: the entries before the first one at or after the cutoff (at least a year ago),
-- so the kept part of the chain stays whole and verifiable from its oldest entry.
create function logbook_delete_before(cutoff timestamptz) returns bigint
    language plpgsql security definer set search_path = public as $$
declare
    first_kept bigint;
    deleted    bigint;
begin
    if cutoff > now() - interval '1 year' then
        raise exception 'the logbook is kept for at least a year';
    end if;
    select min(id) into first_kept from logbook_entry where occurred_at >= cutoff;
    perform set_config('verwijsindex.logbook_retention', 'on', true);
    delete from logbook_entry where occurred_at < cutoff and (first_kept is null or id < first_kept);
    get diagnostics deleted = row_count;
    perform set_config('verwijsindex.logbook_retention', 'off', true);
    return deleted;
end;
$$;
revoke all on function logbook_delete_before(timestamptz) from public;

-- What the application role may do with the logbook: read, append, clear a blind index (R-PROOF), move the head of
-- the chain, and call the retention function.
create function logbook_grant_append_only(app_role text) returns void language plpgsql as $$
begin
    execute format('revoke all on logbook_entry from %I', app_role);
    execute format('grant select, insert on logbook_entry to %I', app_role);
    execute format('grant update (youth_index) on logbook_entry to %I', app_role);
    execute format('revoke all on logbook_chain_head from %I', app_role);
    execute format('grant select, update on logbook_chain_head to %I', app_role);
    execute format('grant execute on function logbook_delete_before(timestamptz) to %I', app_role);
end;
$$;

-- The application role is named by the Flyway placeholder app_role (verwijsindex.database.app-role); empty, as in
-- the demo and the tests with their single superuser, it grants nothing.
do $$
begin
    if '${app_role}' <> '' and exists (select 1 from pg_roles where rolname = '${app_role}') then
        perform logbook_grant_append_only('${app_role}');
    end if;
end;
$$;
