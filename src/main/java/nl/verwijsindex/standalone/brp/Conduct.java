// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.standalone.brp;

import java.time.Duration;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * How the stand-in behaves, for tests: what it was asked (query type and {@code fields}, never a parameter
 * value such as a BSN), and whether it misbehaves as a real register sometimes does. Shared by
 * {@link StandInBrp}, which tests steer, and the {@link PersonsHandler}, which acts on it.
 */
final class Conduct {

    /** Bounded: the stand-in may run for days in a demo. */
    private static final int REMEMBERED = 10_000;

    private final Deque<StandInBrp.Asked> asked = new ConcurrentLinkedDeque<>();
    /** The deque's size, kept here: {@code ConcurrentLinkedDeque.size()} walks all 10,000 (2.5% of the benchmark's CPU). */
    private final AtomicInteger remembered = new AtomicInteger();

    private final AtomicInteger answered = new AtomicInteger();
    private volatile StandInBrp.Misbehaviour misbehaviour = StandInBrp.Misbehaviour.NONE;
    private volatile Duration delay = Duration.ZERO;

    void asked(String type, List<String> fields) {
        asked.addLast(new StandInBrp.Asked(type, List.copyOf(fields)));
        if (remembered.incrementAndGet() > REMEMBERED && asked.pollFirst() != null) {
            remembered.decrementAndGet();
        }
    }

    List<StandInBrp.Asked> asked() {
        return List.copyOf(asked);
    }

    void answered() {
        answered.incrementAndGet();
    }

    int answeredCount() {
        return answered.get();
    }

    void forget() {
        asked.clear();
        remembered.set(0);
        answered.set(0);
    }

    void misbehave(StandInBrp.Misbehaviour misbehaviour, Duration delay) {
        this.delay = delay;
        this.misbehaviour = misbehaviour;
    }

    StandInBrp.Misbehaviour misbehaviour() {
        return misbehaviour;
    }

    Duration delay() {
        return delay;
    }
}
