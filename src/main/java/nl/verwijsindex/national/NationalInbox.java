// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.national;

/**
 * R-NATIONAL: fetches the hub's deliveries after the last one stored, stores each once and applies it in the same
 * transaction ({@link CrossRegionMatchReceived}, {@link YouthMovedInFromOtherRegion}); and tells the hub which
 * municipalities this region serves (R-MOVE). Run by a recurring task; present only while
 * {@code verwijsindex.national.enabled}.
 */
public interface NationalInbox {

    /** Fetches until the hub has nothing more or is unavailable. @return how many new deliveries were stored */
    int fetch();
}
