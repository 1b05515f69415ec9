-- The region's own agreements on when (not) to register, shown to its professionals on the weigh step
-- (seed 004). Plain text the region coordinator edits; empty when the region has none.
alter table region
    add column registration_guidance text not null default ''
        check (length(registration_guidance) <= 2000);
