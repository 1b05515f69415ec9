-- Issue 18 (register path, ADR 0059): a case's deadline is one db-scheduler task per case and date,
-- 'consultation-deadline', where it was two ('consultation-reminder' and 'consultation-escalation'). The pairs an
-- earlier version planned become one task at the earlier of their moments: the reminder's while it is still to run,
-- else the escalation's; at its run the task decides from the clock whether it reminds or escalates. An instance that
-- is running (picked) is left to the old task, which stays registered: the escalation is idempotent, so a pair of
-- which one half is running and the other handed over escalates once.
insert into scheduled_tasks (task_name, task_instance, execution_time, picked, version)
select 'consultation-deadline', task_instance, min(execution_time), false, 1
from scheduled_tasks
where task_name in ('consultation-reminder', 'consultation-escalation') and not picked
group by task_instance
on conflict (task_name, task_instance) do nothing;

delete from scheduled_tasks
where task_name in ('consultation-reminder', 'consultation-escalation') and not picked;
