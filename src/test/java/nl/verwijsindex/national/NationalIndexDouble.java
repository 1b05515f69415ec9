// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.national;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.verwijsindex.national.client.NationalIndex;
import org.verwijsindex.national.client.NationalIndexRefused;
import org.verwijsindex.national.client.NationalIndexUnavailable;
import org.verwijsindex.national.client.SignalReport;
import org.verwijsindex.national.protocol.Delivery;
import org.verwijsindex.national.protocol.ForgetMessage;
import org.verwijsindex.national.protocol.Inbox;
import org.verwijsindex.national.protocol.KeyVersions;
import org.verwijsindex.national.protocol.RegionMunicipalities;

/**
 * The national index as the region's tests see it: records what it was sent, can be down (every call throws {@link
 * NationalIndexUnavailable} until it recovers), refuses the signals a test names, and hands out the deliveries a test
 * queues, as often as the test queues them (a hub that repeats itself). Keeps the BSNs it is given in memory only, so a
 * test can check what would have been pseudonymised.
 */
public class NationalIndexDouble implements NationalIndex {

    /** One message the hub accepted: a report or a forget. */
    public record Received(String signalRef, String kind, long sequence, Object message) {}

    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final List<String> attempts = new CopyOnWriteArrayList<>();
    private final Set<String> refused = ConcurrentHashMap.newKeySet();
    private final List<Delivery> inbox = new CopyOnWriteArrayList<>();
    private final List<RegionMunicipalities> municipalities = new CopyOnWriteArrayList<>();
    private final Map<Long, Integer> asked = new ConcurrentHashMap<>();
    private volatile boolean down;
    private volatile KeyVersions keyVersions;

    @Override
    public void report(SignalReport report) {
        call(report.signalRef());
        received.add(new Received(report.signalRef(), "REPORT", report.sequence(), report));
    }

    @Override
    public void forget(String signalRef, ForgetMessage message) {
        call(signalRef);
        received.add(new Received(signalRef, "FORGET", message.sequence(), message));
    }

    @Override
    public Inbox inbox(long after, int limit) {
        call(null);
        asked.merge(after, 1, Integer::sum);
        List<Delivery> page = new ArrayList<>();
        for (Delivery d : inbox) {
            if (d.deliveryId() > after && page.size() < limit) {
                page.add(d);
            }
        }
        return new Inbox(page, false);
    }

    @Override
    public Optional<KeyVersions> keyVersions() {
        call(null);
        return Optional.ofNullable(keyVersions);
    }

    /** What {@link #keyVersions()} answers from now on; null for a hub that does not tell. */
    public void answerKeyVersions(KeyVersions answer) {
        keyVersions = answer;
    }

    @Override
    public void serveMunicipalities(RegionMunicipalities served) {
        call(null);
        municipalities.add(served);
    }

    private void call(String signalRef) {
        attempts.add(signalRef == null ? "" : signalRef);
        if (down) {
            throw new NationalIndexUnavailable("the national index double is down");
        }
        if (signalRef != null && refused.contains(signalRef)) {
            throw new NationalIndexRefused(422, "signal-refused", "the double refuses this signal");
        }
    }

    public void goDown() {
        down = true;
    }

    public void recover() {
        down = false;
    }

    public void refuse(String signalRef) {
        refused.add(signalRef);
    }

    /** Queues a delivery; queued twice, the hub hands it out twice. */
    public void deliver(Delivery delivery) {
        inbox.add(delivery);
    }

    public List<Received> receivedFor(String signalRef) {
        return received.stream().filter(r -> r.signalRef().equals(signalRef)).toList();
    }

    public long attemptsFor(String signalRef) {
        return attempts.stream().filter(signalRef::equals).count();
    }

    public List<RegionMunicipalities> municipalities() {
        return List.copyOf(municipalities);
    }

    /** Every integration test of the national client shares this double (one application context). */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Configuration {

        /** Primary: it stands in for the application's own (lazy, so never made) {@code HttpNationalIndex}. */
        @Bean
        @Primary
        NationalIndexDouble nationalIndexDouble() {
            return new NationalIndexDouble();
        }
    }
}
