-- R-COORDINATOR (issue 17, docs/adr/0050): the organisation coordinator's view reads the organisation's matches not
-- yet consulted, where it is the first or the second organisation. Without an index on either it read every match not
-- consulted (on the benchmark's history hundreds of thousands) for each view; with these two partial indexes it reads
-- the organisation's own (a bitmap of both), and they stay as small as the matches still open.
create index coordination_match_open_organisation_a_idx on coordination_match (organisation_a) where consulted_at is null;
create index coordination_match_open_organisation_b_idx on coordination_match (organisation_b) where consulted_at is null;
