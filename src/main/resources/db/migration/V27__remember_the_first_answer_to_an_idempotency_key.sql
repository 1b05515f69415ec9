-- Issue 13 (defect 8): a retry with the same Idempotency-Key answers as the first request did: 201 when that
-- request created the signal, 200 when the professional already had one. The key remembers which.
alter table signal_idempotency
    add column first_result text not null default 'CREATED'
        check (first_result in ('CREATED', 'ALREADY_ACTIVE'));

-- Keys claimed before this column existed: a key that points at a signal registered before the key was
-- claimed was answered ALREADY_ACTIVE (the request found the professional's existing signal).
update signal_idempotency i
   set first_result = 'ALREADY_ACTIVE'
  from signal s
 where s.id = i.signal_id
   and s.registered_at < i.created_at - interval '1 second';
