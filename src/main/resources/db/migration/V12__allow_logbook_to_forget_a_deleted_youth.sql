-- R-PROOF: once a youth is deleted, nothing of them remains but the proofs of deletion. The logbook stays
-- append-only with one exception: the youth's blind index may be cleared (set to null), nothing else.
create or replace function logbook_entry_append_only() returns trigger language plpgsql as $$
begin
    if tg_op = 'UPDATE' and new.youth_index is null
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
