-- ADR 0022: a logbook entry about a youth can be under way while the youth is re-keyed: it read the youth's blind
-- index under the old key, and commits after the re-keying moved the logbook's references. So each move is kept
-- here for a while (blind indexes only, no BSN): an entry written later is stored under the current index, and
-- each re-keying run moves entries that committed in between. Rows older than a day are removed by that run.
create table logbook_youth_reindex (
    previous_index bytea primary key,
    current_index  bytea       not null,
    moved_at       timestamptz not null
);
create index logbook_youth_reindex_moved_at_idx on logbook_youth_reindex (moved_at);
