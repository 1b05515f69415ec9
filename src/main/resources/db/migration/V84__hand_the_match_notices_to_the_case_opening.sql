-- Issue 18 (register path, ADR 0058): a match has one publication in the registry, the case opening's
-- (CoordinationListeners), in whose transaction the notification module makes the match's notices. NoticeCreator no
-- longer listens to MatchesFound. A publication an earlier version left incomplete for it is handed to the case
-- opening, which makes the notices (opening the case again changes nothing: both are idempotent). Where the case
-- opening's own publication of the same event is also still incomplete, that one does it all and the other is dropped.
delete from event_publication n
where n.listener_id = 'nl.verwijsindex.notification.internal.NoticeCreator.on(nl.verwijsindex.matching.MatchesFound)'
  and n.completion_date is null
  and exists (select 1 from event_publication c
              where c.listener_id = 'nl.verwijsindex.coordination.internal.CoordinationListeners.on(nl.verwijsindex.matching.MatchesFound)'
                and c.completion_date is null and c.serialized_event = n.serialized_event);

update event_publication
set listener_id = 'nl.verwijsindex.coordination.internal.CoordinationListeners.on(nl.verwijsindex.matching.MatchesFound)'
where listener_id = 'nl.verwijsindex.notification.internal.NoticeCreator.on(nl.verwijsindex.matching.MatchesFound)'
  and completion_date is null;
