-- Issue 16: the region coordinator reads an institution's address (street, house number, postcode and place), not
-- its BAG id. Stored as the address register (BAG, ADR 0037) gave it when the coordinator confirmed the address
-- found by postcode and house number; empty for an address designated by its id alone (without a register, or
-- through the API), which the page then shows by its id.
alter table institution_address
    add column street       text check (length(street) between 1 and 200),
    add column house_number integer check (house_number between 1 and 99999),
    add column house_letter text check (length(house_letter) = 1),
    add column addition     text check (length(addition) between 1 and 4),
    add column postcode     text check (postcode ~ '^[1-9][0-9]{3}[A-Z]{2}$'),
    add column town         text check (length(town) between 1 and 200),
    add constraint institution_address_whole check (
        (street is null) = (house_number is null)
        and (street is null) = (postcode is null)
        and (street is null) = (town is null));
