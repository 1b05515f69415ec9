// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.rights;

/** R-REQUEST: what the youth or the parents ask (AVG art. 15-18 and 21; Jeugdwet 7.1.5.2). */
public enum RequestKind {
    /** Inzage: see what the index holds. */
    ACCESS,
    /** Afschrift: a copy of it. */
    COPY,
    /** Correctie: the birth date, or a signal on the wrong youth. */
    CORRECTION,
    /** Verzet: object to the registration. */
    OBJECTION,
    /** Verwijdering. */
    ERASURE,
    /** Beperking van de verwerking: no new matches until lifted. */
    RESTRICTION
}
