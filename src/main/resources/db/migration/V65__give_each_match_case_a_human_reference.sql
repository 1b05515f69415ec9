-- Issue 16 item 8: the supervisor's work list names a match case by a short number that stays the same, not by its
-- id (nobody can read a UUID out over the phone). Existing cases are numbered in the order they were opened.
alter table coordination_case add column reference bigint;

update coordination_case c set reference = n.number
from (select match_case_id, row_number() over (order by opened_at, match_case_id) as number from coordination_case) n
where n.match_case_id = c.match_case_id;

create sequence coordination_case_reference_seq owned by coordination_case.reference;
select setval('coordination_case_reference_seq', coalesce((select max(reference) from coordination_case), 0) + 1, false);

alter table coordination_case
    alter column reference set default nextval('coordination_case_reference_seq'),
    alter column reference set not null,
    add constraint coordination_case_reference_unique unique (reference);
