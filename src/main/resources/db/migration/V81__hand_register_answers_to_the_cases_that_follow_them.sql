-- Issue 18 (register path, docs/adr/0051): the coordination no longer takes every person-register answer through the
-- event publication registry. It looks in the transaction that stores the answer whether the youth takes part in a
-- match case, and only then publishes YouthCasesToFollow for its after-commit listener. A publication an earlier
-- version left incomplete for the listener of PersonDataRefreshed is handed to that listener, with the youth's id
-- (the same JSON as the event's youthId); for a youth in no case it finds nothing to do, as before.
update event_publication
set listener_id = 'nl.verwijsindex.coordination.internal.CoordinationListeners.on(nl.verwijsindex.coordination.internal.YouthCasesToFollow)',
    event_type = 'nl.verwijsindex.coordination.internal.YouthCasesToFollow',
    serialized_event = jsonb_build_object('youthId', serialized_event::jsonb -> 'youthId')::text
where listener_id = 'nl.verwijsindex.coordination.internal.CoordinationListeners.on(nl.verwijsindex.person.PersonDataRefreshed)'
  and completion_date is null;
