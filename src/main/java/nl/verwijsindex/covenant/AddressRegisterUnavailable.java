// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.covenant;

/**
 * The address register could not be asked or gave no readable answer. The message is for the log and names no
 * address: the page says in Dutch that the register is not reachable now.
 */
public class AddressRegisterUnavailable extends RuntimeException {

    public AddressRegisterUnavailable(String message) {
        super(message);
    }

    public AddressRegisterUnavailable(String message, Throwable cause) {
        super(message, cause);
    }
}
