-- Issue 18 (ADR 0060): each organisation's category is kept across transactions as reference data (ADR 0060), so a
-- change of the organisation table is announced on 'verwijsindex_reference' like those of V86, enabled ALWAYS as V87.
-- The application sets an organisation's category only when it adds one; an operator's psql may change it.
create trigger organisation_announce_change
    after insert or update or delete or truncate on organisation
    for each statement execute function announce_reference_change();

alter table organisation enable always trigger organisation_announce_change;
