// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.youth;

/** Internal identity of a youth in the index; never shown outside the system. */
public record YouthId(long value) {}
