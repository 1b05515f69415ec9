package nl.verwijsindex.matching;

import java.util.List;
import java.util.UUID;

/**
 * New matches were made. Ids only (DESIGN decision 4): whoever acts on it reads the current state, so a
 * match whose signals were deleted in the meantime leads to nothing.
 */
public record MatchesFound(UUID matchCaseId, List<UUID> pairIds) {
}
