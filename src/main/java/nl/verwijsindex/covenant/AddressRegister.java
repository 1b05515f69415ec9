// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.covenant;

import java.util.List;

/**
 * R-MATCH-ADDRESS: the address register (BAG, Basisregistratie Adressen en Gebouwen), asked for the addresses at a
 * postcode and house number, so that a region coordinator finds an institution's addressable object by its address
 * instead of typing its 16-digit id (issue 16 item 9). An interface because there are two: the client of the BAG API
 * Individuele Bevragingen ({@code internal.bag}, docs/adr/0037) and, without a connection, none.
 */
public interface AddressRegister {

    /** Whether a register is connected; without one the page takes the addressable object's id as typed. */
    boolean connected();

    /**
     * The current addresses at this postcode and house number, with every house letter and addition, in the
     * register's order; empty when there are none.
     *
     * @param postcode    four digits and two capitals, without a space ({@link RegisteredAddress#postcodeOf})
     * @param houseNumber 1 to 99999
     * @throws AddressRegisterUnavailable when no register is connected or it gave no readable answer
     */
    List<RegisteredAddress> at(String postcode, int houseNumber);
}
