-- Issue 18 (ADR 0060), review of V86: a trigger enabled the ordinary way does not fire in a session with
-- session_replication_role = replica (the apply side of logical replication, some restore and copy tools), so a change
-- made there would not be announced and an instance could keep the old value. Enabled ALWAYS, they fire in every
-- session.
alter table region enable always trigger region_announce_change;
alter table covenant_membership enable always trigger covenant_membership_announce_change;
alter table organisation_category enable always trigger organisation_category_announce_change;
alter table municipality enable always trigger municipality_announce_change;
alter table municipal_supervisor enable always trigger municipal_supervisor_announce_change;
alter table coordination_settings enable always trigger coordination_settings_announce_change;
alter table director_rule enable always trigger director_rule_announce_change;
