// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import nl.verwijsindex.access.MunicipalSupervisors;
import nl.verwijsindex.coordination.MatchCases;
import nl.verwijsindex.covenant.Covenants;
import nl.verwijsindex.directory.Directory;
import nl.verwijsindex.directory.OrganisationId;
import nl.verwijsindex.directory.ProfessionalContact;
import nl.verwijsindex.directory.ProfessionalId;
import nl.verwijsindex.matching.MatchPairId;
import nl.verwijsindex.matching.MatchRecipients;
import nl.verwijsindex.matching.MatchRecipients.PairRecipients;
import nl.verwijsindex.notification.NoticeId;
import nl.verwijsindex.notification.internal.NoticeAddressing.Addressed;
import nl.verwijsindex.notification.internal.NoticeAddressing.Pending;
import nl.verwijsindex.signal.SignalId;
import nl.verwijsindex.signal.Signals;

/**
 * Issue 18: a claimed batch of match notices is addressed with one read of the professionals' contacts and one of the
 * pairs' recipients, where each notice read both (and the two notices of a pair read the pair twice). Each notice
 * still gets its own recipient and its own signal of the pair; a professional or a pair that is gone leaves only
 * its own notice unaddressed (R-NOTICE).
 */
class NoticeAddressingBatchTest {

    final Directory directory = mock(Directory.class);
    final Covenants covenants = mock(Covenants.class);
    final MatchRecipients matches = mock(MatchRecipients.class);
    final NoticeAddressing addressing = new NoticeAddressing(
            directory,
            covenants,
            mock(MunicipalSupervisors.class),
            matches,
            mock(Signals.class),
            mock(MatchCases.class));

    final ProfessionalId anna = professional();
    final ProfessionalId bram = professional();
    final ProfessionalId gone = professional();
    final SignalId annasSignal = signal();
    final SignalId bramsSignal = signal();
    final MatchPairId pair = new MatchPairId(UUID.randomUUID());
    final MatchPairId endedPair = new MatchPairId(UUID.randomUUID());

    @Test
    void R_NOTICE_aBatchIsAddressedToEachActiveProfessionalWithOneReadOfContactsAndOneOfPairs() {
        when(directory.contacts(anyCollection())).thenReturn(Map.of(anna, contact(anna), bram, contact(bram)));
        when(matches.recipientsOf(anyCollection()))
                .thenReturn(List.of(new PairRecipients(
                        pair,
                        List.of(
                                new PairRecipients.Recipient(anna, annasSignal, "r-1", new byte[] {1}),
                                new PairRecipients.Recipient(bram, bramsSignal, "r-1", new byte[] {1})))));
        when(covenants.indexDisplayName("r-1")).thenReturn("Verwijsindex Regio");

        Pending toAnna = notice(anna, pair);
        Pending toBram = notice(bram, pair);
        Pending toSomeoneGone = notice(gone, pair);
        Pending onAnEndedPair = notice(anna, endedPair);
        Map<Pending, Optional<Addressed>> addressed =
                addressing.address(List.of(toAnna, toBram, toSomeoneGone, onAnEndedPair));

        assertThat(addressed.get(toAnna)).hasValueSatisfying(a -> {
            assertThat(a.recipient().email()).isEqualTo(email(anna));
            assertThat(a.target().signalId()).isEqualTo(annasSignal.value());
            assertThat(a.indexDisplayName()).isEqualTo("Verwijsindex Regio");
        });
        assertThat(addressed.get(toBram)).hasValueSatisfying(a -> {
            assertThat(a.recipient().email()).isEqualTo(email(bram));
            assertThat(a.target().signalId()).isEqualTo(bramsSignal.value());
        });
        assertThat(addressed.get(toSomeoneGone)).as("an unknown professional").isEmpty();
        assertThat(addressed.get(onAnEndedPair))
                .as("a pair without active signals")
                .isEmpty();
        assertThat(addressed.keySet()).containsExactly(toAnna, toBram, toSomeoneGone, onAnEndedPair);

        verify(directory, times(1)).contacts(anyCollection());
        verify(directory, never()).contact(any());
        verify(matches, times(1)).recipientsOf(List.of(pair, endedPair));
        verify(matches, never()).recipientsOf(any(MatchPairId.class));
    }

    private Pending notice(ProfessionalId to, MatchPairId about) {
        return new Pending(new NoticeId(UUID.randomUUID()), to, null, about, null, null, null, 0, false);
    }

    private static ProfessionalContact contact(ProfessionalId id) {
        return new ProfessionalContact(
                id, "Naam", email(id), null, new OrganisationId(UUID.randomUUID()), "Org", null, null, null);
    }

    private static String email(ProfessionalId id) {
        return id.value() + "@example.org";
    }

    private static ProfessionalId professional() {
        return new ProfessionalId(UUID.randomUUID());
    }

    private static SignalId signal() {
        return new SignalId(UUID.randomUUID());
    }
}
