package nl.verwijsindex.coordination;

import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.verwijsindex.coordination.MatchCaseView.ConsultationView;

/** R-CONSULTED: the director ticks off that the professionals consulted; the others confirm. */
@Service
@Transactional
public class Consultations {

    /** The latest consultation of the case. */
    @Transactional(readOnly = true)
    public Optional<ConsultationView> latest(UUID caseId) {
        return Optional.empty();
    }
}
