-- Issue 18 (register path, ADR 0046): listeners that are gone hand their incomplete publications over.
-- The notices of a match and its R-INFORM reminders are made by one listener,
-- NoticeCreator, in one transaction; InformingReminders no longer listens to MatchesFound. A publication an earlier
-- version left incomplete for that listener is handed to NoticeCreator, which makes the reminders (and no notice
-- twice: both are idempotent). Where NoticeCreator's own publication of the same event is also still incomplete,
-- that one does it all and the other is dropped.
delete from event_publication r
where r.listener_id = 'nl.verwijsindex.notification.internal.InformingReminders.on(nl.verwijsindex.matching.MatchesFound)'
  and r.completion_date is null
  and exists (select 1 from event_publication n
              where n.listener_id = 'nl.verwijsindex.notification.internal.NoticeCreator.on(nl.verwijsindex.matching.MatchesFound)'
                and n.completion_date is null and n.serialized_event = r.serialized_event);

update event_publication
set listener_id = 'nl.verwijsindex.notification.internal.NoticeCreator.on(nl.verwijsindex.matching.MatchesFound)'
where listener_id = 'nl.verwijsindex.notification.internal.InformingReminders.on(nl.verwijsindex.matching.MatchesFound)'
  and completion_date is null;

-- The check of a youth right after a registration (or after the youth was identified) is no longer a transactional
-- event listener with a publication each, but an after-commit hand-over (PersonCheckTriggers). The youth was marked
-- due for its check in the same transaction as the publication, so the recurring check does what such a publication
-- was left for.
delete from event_publication
where listener_id in ('nl.verwijsindex.person.internal.PersonCheckTriggers.checkAfterCommit(nl.verwijsindex.signal.SignalRegistered)',
                      'nl.verwijsindex.person.internal.PersonCheckTriggers.checkAfterCommit(nl.verwijsindex.signal.YouthIdentified)')
  and completion_date is null;
