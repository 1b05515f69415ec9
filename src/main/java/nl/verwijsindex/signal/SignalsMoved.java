// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.signal;

import java.util.List;

import nl.verwijsindex.youth.YouthId;

/**
 * R-NOBSN: a youth known by a verwijsindex number turned out to be a youth the index knew by BSN; their
 * signals now belong to that youth. Published with both youths locked, before the first is forgotten, so
 * a listener can move what it keeps and match the moved signals. Ids only.
 */
public record SignalsMoved(YouthId from, YouthId to, List<SignalId> signals) {}
