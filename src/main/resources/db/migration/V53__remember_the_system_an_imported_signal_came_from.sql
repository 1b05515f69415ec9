-- Issue 18, ADR 0031: a signal brought over from another system keeps that system's name (the exchange file's
-- source). Two signals from the same source already made their match in the old system, whose professionals
-- knew it; a match between signals of different sources, or with one registered here, is new and announced.
alter table signal add column imported_from text check (imported_from is null or length(imported_from) between 1 and 100);
