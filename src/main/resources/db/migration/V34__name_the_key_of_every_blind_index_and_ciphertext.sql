-- ADR 0022: several keys can be active during a key rotation. Every stored blind index names the key id it
-- was made with (a ciphertext already names it in its first byte), so the re-keying task finds what is still
-- under an older key and the operator sees when an old key holds nothing any more. Existing rows were all
-- made with the single key of the original settings, key id 1.
alter table youth add column key_id smallint not null default 1 check (key_id between 1 and 255);
create index youth_key_idx on youth (key_id);

-- The parents' and address's blind indexes of a youth, written at the youth's latest person check.
alter table youth_person add column key_id smallint not null default 1 check (key_id between 1 and 255);
create index youth_person_key_idx on youth_person (key_id);
