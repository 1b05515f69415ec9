// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.access;

/** The functional administrator's credential for the administration API; closed when none is configured. */
public interface AdministratorToken {

    boolean matches(String token);
}
