-- V30 (the logbook's chain) and V35 (re-keying) each redefined the append-only trigger function; V35's version
-- compared only the columns before V30 and dropped V30's retention exception. One definition for both: an entry
-- may change only in its youth's blind index, which may be cleared (R-PROOF) or moved to another 32-byte blind
-- index (re-keying, ADR 0022) and is outside the chain's hash; every other column, including the chain's, stays as
-- it was. Entries may be removed only by the retention function (V31, ADR 0021).
create or replace function logbook_entry_append_only() returns trigger language plpgsql as $$
begin
    if tg_op = 'UPDATE'
       and (new.youth_index is null or (old.youth_index is not null and length(new.youth_index) = 32))
       and (to_jsonb(new) - 'youth_index') = (to_jsonb(old) - 'youth_index') then
        return new;
    end if;
    if tg_op = 'DELETE' and current_setting('verwijsindex.logbook_retention', true) = 'on' then
        return old;
    end if;
    raise exception 'logbook entries cannot be changed or removed';
end;
$$;
