-- Key rotation (docs/adr/0032 steps 2-4, issue 14): a signal keeps the youth's keyed pseudonym of every key version it
-- was reported under, side by side, until the old version retires. The pseudonyms move from signal to signal_youth;
-- the parents' (signal_parent) already carry their key version.
create table signal_youth (
    region          text    not null,
    signal_ref      text    not null,
    key_version     integer not null,
    youth_pseudonym bytea   not null check (length(youth_pseudonym) = 32),
    primary key (region, signal_ref, key_version),
    foreign key (region, signal_ref) references signal (region, signal_ref) on delete cascade
);
insert into signal_youth (region, signal_ref, key_version, youth_pseudonym)
select region, signal_ref, key_version, youth_pseudonym from signal;
-- Youth matching and archive hits: the other signals on one pseudonym of one key version.
create index signal_youth_by_pseudonym on signal_youth (key_version, youth_pseudonym);

drop index signal_by_youth;
alter table signal drop column youth_pseudonym;
alter table signal drop column key_version;

-- A parent's pseudonym of one version is replaced by a report of that version only.
alter table signal_parent drop constraint signal_parent_pkey;
alter table signal_parent add primary key (region, signal_ref, key_version, parent_pseudonym);
