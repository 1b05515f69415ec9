-- R-LOGBOOK: who registered, ended, received a notice or looked at a youth, and when.
-- The youth is recorded by blind index only. Append-only: updates and deletes are refused.
create table logbook_entry (
    id              bigint generated always as identity primary key,
    occurred_at     timestamptz not null,
    action          text not null,
    actor_type      text not null check (actor_type in ('API_CLIENT', 'USER', 'SYSTEM')),
    actor_id        text not null,
    professional_id uuid,
    organisation_id uuid,
    youth_index     bytea,
    signal_id       uuid,
    subject_id      text
);
create index logbook_entry_youth_idx on logbook_entry (youth_index, occurred_at);
create index logbook_entry_professional_idx on logbook_entry (professional_id, occurred_at);

create function logbook_entry_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'logbook entries cannot be changed or removed';
end;
$$;
create trigger logbook_entry_append_only
    before update or delete on logbook_entry
    for each row execute function logbook_entry_append_only();
