// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.person.internal;

import static nl.verwijsindex.standalone.brp.StandInPersons.NOAH_JANSEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import nl.verwijsindex.directory.OrganisationId;
import nl.verwijsindex.directory.ProfessionalId;
import nl.verwijsindex.logbook.Actor;
import nl.verwijsindex.logbook.Logbook;
import nl.verwijsindex.logbook.LogbookEntry;
import nl.verwijsindex.logbook.LogbookEntry.Action;
import nl.verwijsindex.person.Purpose;
import nl.verwijsindex.shared.DomainException;
import nl.verwijsindex.signal.Asker;
import nl.verwijsindex.signal.PersonDetails;
import nl.verwijsindex.signal.SignalId;
import nl.verwijsindex.signal.SignalStatus;
import nl.verwijsindex.signal.SignalView;
import nl.verwijsindex.signal.YouthReference;
import nl.verwijsindex.standalone.brp.StandInBrp;
import nl.verwijsindex.youth.BlindIndex;
import nl.verwijsindex.youth.BsnProtection;
import nl.verwijsindex.youth.YouthId;
import nl.verwijsindex.youth.Youths;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 12, from the notes of stop 21: "professional-driven register queries are logged twice". The register
 * client logged each call as the system, and the professional's question was logged again with the professional:
 * two entries for one question, one of them without who asked. Now a question asked for a professional is one
 * entry with who (actor, professional, organisation), what (the question) and the outcome; a question the index
 * asks on its own is still one entry, as the system.
 */
class RegisterQueryLoggedOnceTest {

    private static final byte[] YOUTH_INDEX = new byte[32];

    private final List<LogbookEntry> recorded = new ArrayList<>();
    private final Asker asker = new Asker(
            Actor.user(UUID.randomUUID().toString()),
            new OrganisationId(UUID.randomUUID()),
            new ProfessionalId(UUID.randomUUID()));
    private StandInBrp standIn;
    private HaalCentraalPersonRegister register;
    private RegisterQueryLog queries;

    @BeforeEach
    void setUp() {
        standIn = new StandInBrp(0, "the-key", HaalCentraalPersonRegisterTest.CLOCK);
        standIn.start();
        Logbook logbook = mock(Logbook.class);
        doAnswer(call -> recorded.add(call.getArgument(0))).when(logbook).record(any());
        register = new HaalCentraalPersonRegister(
                BrpProperties.of(standIn.baseUrl()).withApiKey("the-key"),
                JsonMapper.builder().build(),
                new SimpleMeterRegistry(),
                HaalCentraalPersonRegisterTest.CLOCK,
                logbook);
        BsnProtection protection = mock(BsnProtection.class);
        when(protection.blindIndex(any())).thenReturn(new BlindIndex(YOUTH_INDEX));
        queries = new RegisterQueryLog(logbook, protection);
    }

    @AfterEach
    void tearDown() {
        standIn.stop();
    }

    @Test
    void R_LOGBOOK_aProfessionalsBirthDateCheckIsOneEntryWithWhoWhatAndOutcome() {
        new RegisterPersonVerification(register, queries).birthDate(NOAH_JANSEN, asker);

        assertThat(registerQueries()).hasSize(1).first().satisfies(this::namesTheProfessional);
        assertThat(registerQueries().get(0).subjectId()).isEqualTo("BIRTH_DATE:ONE_FOUND");
        assertThat(registerQueries().get(0).youthIndex()).isEqualTo(YOUTH_INDEX);
    }

    @Test
    void R_LOGBOOK_aProfessionalsSearchIsOneEntryAlsoWhenTheRegisterIsAskedTwice() {
        // A surname with a prefix that finds nobody is asked again as a whole: two calls, one question.
        RegisterBsnResolver resolver = new RegisterBsnResolver(
                register, new RegisterQueryLimits(new QueryLimitProperties(100, 100, Duration.ofHours(1))), queries);

        assertThatThrownBy(() -> resolver.resolve(
                        new YouthReference.ByPersonData("van Niemand", LocalDate.of(2016, 3, 4), "V", null), asker))
                .isInstanceOf(DomainException.class);

        assertThat(registerQueries()).hasSize(1).first().satisfies(this::namesTheProfessional);
        assertThat(registerQueries().get(0).subjectId()).isEqualTo("SEARCH:NONE_FOUND");
    }

    @Test
    void R_LOGBOOK_theDisplayDataOfAProfessionalsOwnSignalIsOneEntryNamingThem() {
        YouthId youth = new YouthId(42);
        Youths youths = mock(Youths.class);
        when(youths.bsnOf(youth)).thenReturn(Optional.of(NOAH_JANSEN));
        SignalView own = new SignalView(
                new SignalId(UUID.randomUUID()),
                NOAH_JANSEN,
                null,
                youth,
                asker.professional(),
                "eemland",
                OffsetDateTime.now(),
                LocalDate.now().plusYears(1),
                SignalStatus.ACTIVE,
                null,
                null,
                null);

        PersonDetails.Details shown = new RegisterPersonDetails(register, youths, queries).of(own, asker);

        assertThat(shown.status()).isEqualTo(PersonDetails.Status.SHOWN);
        assertThat(registerQueries()).hasSize(1).first().satisfies(this::namesTheProfessional);
        assertThat(registerQueries().get(0).subjectId()).isEqualTo("DISPLAY:ONE_FOUND");
    }

    @Test
    void R_LOGBOOK_aQuestionTheIndexAsksOnItsOwnIsStillOneEntryAsTheSystem() {
        register.find(NOAH_JANSEN, Purpose.CHECK);

        assertThat(registerQueries())
                .extracting(e -> e.actor().equals(Actor.SYSTEM) + " " + e.subjectId())
                .containsExactly("true RaadpleegMetBurgerservicenummer answered");
    }

    private void namesTheProfessional(LogbookEntry entry) {
        assertThat(entry.actor()).isEqualTo(asker.actor());
        assertThat(entry.professionalId()).isEqualTo(asker.professional().value());
        assertThat(entry.organisationId()).isEqualTo(asker.organisation().value());
    }

    private List<LogbookEntry> registerQueries() {
        return recorded.stream()
                .filter(e -> e.action() == Action.PERSON_REGISTER_QUERIED)
                .toList();
    }
}
