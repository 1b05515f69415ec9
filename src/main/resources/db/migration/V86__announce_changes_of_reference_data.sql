-- Issue 18 (register path, ADR 0060): the application keeps regions (with their coordination settings and director
-- rules), covenant memberships, categories, municipalities and municipal supervisors across transactions, and forgets them when any of these tables changes.
-- Each statement that changes one announces it on the channel 'verwijsindex_reference' (payload: the table's name),
-- delivered when its transaction commits, to every instance that listens, whoever made the change (an instance, an
-- import, an operator's psql).
create function announce_reference_change() returns trigger
    language plpgsql as
$$
begin
    perform pg_notify('verwijsindex_reference', tg_table_name);
    return null;
end
$$;

create trigger region_announce_change
    after insert or update or delete or truncate on region
    for each statement execute function announce_reference_change();

create trigger covenant_membership_announce_change
    after insert or update or delete or truncate on covenant_membership
    for each statement execute function announce_reference_change();

create trigger organisation_category_announce_change
    after insert or update or delete or truncate on organisation_category
    for each statement execute function announce_reference_change();

create trigger municipality_announce_change
    after insert or update or delete or truncate on municipality
    for each statement execute function announce_reference_change();

create trigger municipal_supervisor_announce_change
    after insert or update or delete or truncate on municipal_supervisor
    for each statement execute function announce_reference_change();

create trigger coordination_settings_announce_change
    after insert or update or delete or truncate on coordination_settings
    for each statement execute function announce_reference_change();

create trigger director_rule_announce_change
    after insert or update or delete or truncate on director_rule
    for each statement execute function announce_reference_change();
