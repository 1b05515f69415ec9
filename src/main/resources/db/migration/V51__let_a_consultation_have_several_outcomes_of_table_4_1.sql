-- R-CONSULTED (issue 17): the outcome of a consultation is multiple choice over the eleven categories of table 4.1
-- of seed 003 ("Meerdere antwoorden mogelijk"), never free text. The single outcome so far becomes a list of one.
alter table consultation add column outcomes text[] not null default '{}'
    check (outcomes <@ array['MORE_INSIGHT', 'EARLY_ALIGNMENT', 'NOTHING_CONCRETE', 'INVOLVED_NEW_PARTY',
                             'FAMILY_HELP_SCALED_UP', 'PLAN_ADJUSTED', 'SCALED_UP', 'ASSESSMENT_ADJUSTED',
                             'FAMILY_PLAN_ADJUSTED', 'DONT_KNOW', 'OTHER']::text[]);
update consultation set outcomes = array[outcome] where outcome is not null;
alter table consultation drop column outcome;
