// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

/** Checks at start-up that the settings production needs are there (issue 12, safe by default). */
package nl.verwijsindex.shared.settings;
