// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.person.internal;

import static nl.verwijsindex.standalone.brp.StandInPersons.NOAH_JANSEN;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import nl.verwijsindex.TestBsns;
import nl.verwijsindex.logbook.Logbook;
import nl.verwijsindex.logbook.LogbookEntry;
import nl.verwijsindex.person.Purpose;
import nl.verwijsindex.standalone.brp.StandInBrp;
import nl.verwijsindex.youth.Bsn;
import tools.jackson.databind.json.JsonMapper;

/** R-LOGBOOK (issue 12): every question to the person register, answered or not, is in the logbook. */
class PersonRegisterLogbookTest {

    @Test
    void R_LOGBOOK_everyPersonRegisterQueryIsRecordedAnsweredOrNot() {
        List<LogbookEntry> recorded = new ArrayList<>();
        StandInBrp standIn = new StandInBrp(0, "the-key", HaalCentraalPersonRegisterTest.CLOCK);
        standIn.start();
        try {
            HaalCentraalPersonRegister register = new HaalCentraalPersonRegister(
                    BrpProperties.of(standIn.baseUrl()).withApiKey("the-key"),
                    JsonMapper.builder().build(),
                    new SimpleMeterRegistry(),
                    HaalCentraalPersonRegisterTest.CLOCK,
                    new RecordingLogbook(recorded));

            register.find(NOAH_JANSEN, Purpose.CHECK);
            register.find(new Bsn(TestBsns.random()), Purpose.CHECK); // not in the register: asked all the same
        } finally {
            standIn.stop();
        }

        assertThat(recorded)
                .extracting(e -> e.action() + " " + e.subjectId())
                .containsExactly(
                        "PERSON_REGISTER_QUERIED RaadpleegMetBurgerservicenummer answered",
                        "PERSON_REGISTER_QUERIED RaadpleegMetBurgerservicenummer answered");
        assertThat(recorded).allSatisfy(e -> assertThat(e.subjectId()).doesNotContain(NOAH_JANSEN.value()));
    }

    private record RecordingLogbook(List<LogbookEntry> recorded) implements Logbook {

        @Override
        public void record(LogbookEntry entry) {
            recorded.add(entry);
        }

        @Override
        public <T> T joiningTheNextTransaction(Supplier<T> work) {
            return work.get();
        }

        @Override
        public void forgetYouth(byte[] youthIndex) {}

        @Override
        public void reindexYouth(byte[] previousIndex, byte[] currentIndex) {}

        @Override
        public int reindexLateEntries() {
            return 0;
        }

        @Override
        public List<RecordedEntry> entriesForProfessional(UUID professionalId, int limit) {
            return List.of();
        }
    }
}
