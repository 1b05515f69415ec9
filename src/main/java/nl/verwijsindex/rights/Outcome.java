// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.rights;

import java.util.Set;

/** R-REQUEST: the decision on a request, and which kinds of request it can answer. */
public enum Outcome {
    /** Access or a copy given: the overview of what the index holds (PDF and JSON). */
    ACCESS_GIVEN(Set.of(RequestKind.ACCESS, RequestKind.COPY)),
    /** The birth date corrected, or a signal on the wrong youth deleted. */
    CORRECTED(Set.of(RequestKind.CORRECTION)),
    /** Objection granted or erasure: every signal deleted, not archived, the professionals told, proof kept. */
    ERASED(Set.of(RequestKind.OBJECTION, RequestKind.ERASURE)),
    /** The signals stay but make no new matches until the restriction is lifted. */
    RESTRICTED(Set.of(RequestKind.RESTRICTION)),
    /** Refused, with the reason. */
    REFUSED(Set.of(RequestKind.values())),
    /** The index holds nothing on this BSN; recorded and answered so, revealing nothing else. */
    NOTHING_REGISTERED(Set.of(RequestKind.values()));

    private final Set<RequestKind> answers;

    Outcome(Set<RequestKind> answers) {
        this.answers = answers;
    }

    public boolean answers(RequestKind kind) {
        return answers.contains(kind);
    }
}
