// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.coordination.internal;

import nl.verwijsindex.youth.YouthId;

/**
 * The register answered for a youth who takes part in a match case: its cases are decided again after the commit
 * (R-SUPERVISE, {@link CaseRelocation#follow}). Published only for such a youth, in the transaction that stored the
 * answer (docs/adr/0051); an answer about a youth in no case publishes nothing, so costs no publication. Ids only.
 */
record YouthCasesToFollow(YouthId youthId) {}
