// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.person;

import java.util.List;

import nl.verwijsindex.youth.YouthId;

/**
 * ADR 0022: a youth's parents and address were stored under an older key and are now stored under the current
 * one; each move names a key under the older key and the same parent's or address's key under the current one, so
 * that what is keyed by them (a family's or an address's match case) can follow. Published in the transaction that
 * stored them, before {@link PersonDataRefreshed}. Blind indexes only.
 */
public record PersonKeysMoved(YouthId youthId, List<Move> moves) {

    public PersonKeysMoved {
        moves = List.copyOf(moves);
    }

    /** What a key stands for. */
    public enum Of {
        PARENT,
        ADDRESS
    }

    public record Move(Of of, byte[] previous, byte[] current) {}
}
