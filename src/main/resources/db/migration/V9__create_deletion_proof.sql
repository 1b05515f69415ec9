-- R-PROOF: every deletion leaves a record of which rule deleted which signal and when, without personal data.
create table deletion_proof (
    id                 bigint generated always as identity primary key,
    deleted_at         timestamptz not null,
    rule               text not null check (rule in ('R-END', 'R-AGE-23', 'R-DEATH', 'R-ARCHIVE-5Y', 'R-DELETE-ONLY-REGION')),
    signal_id          uuid not null,
    region_code        text not null,
    decision_reference text,
    reason_code        text
);
create index deletion_proof_region_idx on deletion_proof (region_code, deleted_at);
create index deletion_proof_signal_idx on deletion_proof (signal_id);

-- The nightly sweep finds what is due through these, in bounded batches.
create index signal_active_until_idx on signal (active_until) where status = 'ACTIVE';
create index signal_archived_until_idx on signal (archived_until) where status = 'ARCHIVED';
create index youth_birth_date_idx on youth (birth_date);
