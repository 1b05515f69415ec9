-- ADR 0022: when a youth is re-keyed, the logbook's reference to them (their blind index) moves to the new
-- key too, so the logbook never keeps a blind index under a retired (perhaps leaked) key and R-PROOF can
-- still clear it. The logbook stays append-only otherwise: only youth_index may change, to null (V12) or to
-- another 32-byte blind index; every other column must stay as it was.
create or replace function logbook_entry_append_only() returns trigger language plpgsql as $$
begin
    if tg_op = 'UPDATE' and (new.youth_index is null or (old.youth_index is not null and length(new.youth_index) = 32))
       and (new.id, new.occurred_at, new.action, new.actor_type, new.actor_id, new.professional_id,
            new.organisation_id, new.signal_id, new.subject_id)
           is not distinct from
           (old.id, old.occurred_at, old.action, old.actor_type, old.actor_id, old.professional_id,
            old.organisation_id, old.signal_id, old.subject_id) then
        return new;
    end if;
    raise exception 'logbook entries cannot be changed or removed';
end;
$$;
