-- Issue 18 (register path, ADR 0049): new notices are handed to their e-mail by an after-commit hand-over, no longer
-- by a listener with an event publication each. A notice is committed QUEUED and due at once, so the retry task and
-- the recovery pass at start send what such a publication was left incomplete for.
delete from event_publication
where listener_id = 'nl.verwijsindex.notification.internal.NoticeDelivery.on(nl.verwijsindex.notification.internal.NoticesQueued)'
  and completion_date is null;
