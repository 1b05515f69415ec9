-- Issue 18 (docs/adr/0055): the person register's waiting youths (the health component `personRegister`, and
-- GET /api/v1/admin/person-register) were counted with a scan of the whole of youth_person, one row per youth in the
-- index (about 67 ms a call on the benchmark's 312,000). The youths due are already in youth_person_sync_due_idx
-- (V13); the ones whose check failed, and the latest error, are in this one, which stays as small as the failures.
-- A failed check always leaves the youth due (PersonCheckQueue.failed), and a check that succeeds clears both columns.
create index youth_person_sync_error_idx on youth_person (sync_due_at desc nulls last) where sync_error is not null;
