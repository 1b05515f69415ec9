-- Follow-up figures per region and per municipality read the cases of one region or municipality.
create index coordination_case_region_idx on coordination_case (region_code);
