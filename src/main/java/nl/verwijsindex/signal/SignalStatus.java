// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.signal;

public enum SignalStatus {
    ACTIVE,
    ARCHIVED
}
