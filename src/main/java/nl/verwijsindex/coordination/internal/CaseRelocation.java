// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.coordination.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.verwijsindex.coordination.CaseMovedToMunicipality;
import nl.verwijsindex.coordination.internal.CaseStore.CaseRow;
import nl.verwijsindex.matching.MatchCaseId;
import nl.verwijsindex.matching.MatchQueries;
import nl.verwijsindex.matching.MatchQueries.Participant;
import nl.verwijsindex.person.PersonIndex;
import nl.verwijsindex.youth.YouthId;

/**
 * R-SUPERVISE for every youth the register knows: a case is often opened before the first register check of a
 * youth new to the index has answered, so in the region's default municipality (docs/adr/0013). When the
 * register has answered, each open case of the youth is decided again by {@link CaseMunicipalities}; when that
 * now names the youth's municipality from the register and it is another one, the case moves there, with its
 * region (docs/adr/0020). Deadlines already planned stay. Never back to a default: without the register's
 * answer a case stays where it is. Idempotent: a second refresh finds the case already there.
 */
@Component
class CaseRelocation {

    private static final Logger log = LoggerFactory.getLogger(CaseRelocation.class);

    private final MatchQueries matches;
    private final CaseStore store;
    private final CaseMunicipalities municipalities;
    private final PersonIndex persons;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CaseRelocation(
            MatchQueries matches,
            CaseStore store,
            CaseMunicipalities municipalities,
            PersonIndex persons,
            ApplicationEventPublisher events,
            Clock clock) {
        this.matches = matches;
        this.store = store;
        this.municipalities = municipalities;
        this.persons = persons;
        this.events = events;
        this.clock = clock;
    }

    /**
     * In the transaction that stored the register's answer: announces the youth for {@link #follow} after the commit
     * when it takes part in a match case (a participant with an active signal) that may have somewhere to go; a youth in
     * no case has nothing to follow (docs/adr/0051). Issue 18: when the answer left the youth's municipality as it was
     * ({@code municipalityMayHaveChanged} false), only a case not already in that municipality on the register's word
     * may move (one opened on the region's default, or following another youth): a case that is there stays there,
     * so the answer costs one read more instead of a publication and a transaction that would find nothing to do. The
     * youth is held by this transaction, and a case's opening holds its youths, so no case opens meanwhile.
     */
    void announceIfInACase(YouthId youth, boolean municipalityMayHaveChanged) {
        List<MatchCaseId> cases = matches.caseIdsOfYouth(youth);
        if (cases.isEmpty()) {
            return;
        }
        if (municipalityMayHaveChanged
                || store.anyNotOnTheRegistersWordIn(
                        cases, persons.municipalityOf(youth).orElse(null))) {
            events.publishEvent(new YouthCasesToFollow(youth));
        }
    }

    @Transactional
    public void follow(YouthId youth) {
        List<MatchCaseId> caseIds = matches.caseIdsOfYouth(youth);
        Map<MatchCaseId, List<Participant>> active = matches.activeParticipants(caseIds);
        for (MatchCaseId caseId : caseIds) {
            List<Participant> participants = active.getOrDefault(caseId, List.of());
            if (participants.size() < 2) {
                continue; // closed, or not a case yet: opening decides its municipality
            }
            store.lock(caseId).ifPresent(c -> moveIfElsewhere(c, participants));
        }
    }

    private void moveIfElsewhere(CaseRow c, List<Participant> participants) {
        CaseMunicipality decided = municipalities.municipalityOf(c.caseId(), participants);
        if (decided.basis() != CaseMunicipality.Basis.PERSON_REGISTER) {
            return;
        }
        String to = decided.municipalityCode().orElseThrow();
        if (Objects.equals(to, c.municipalityCode())) {
            if (!CaseMunicipality.Basis.PERSON_REGISTER.name().equals(c.municipalityBasis())) {
                store.move(c.caseId(), decided); // the default happened to be right: now on the register's word
            }
            return;
        }
        store.move(c.caseId(), decided);
        log.info("Match case {} moved from municipality {} to {} (R-SUPERVISE)", c.caseId(), c.municipalityCode(), to);
        events.publishEvent(
                new CaseMovedToMunicipality(c.caseId().value(), c.municipalityCode(), to, LocalDate.now(clock)));
    }
}
