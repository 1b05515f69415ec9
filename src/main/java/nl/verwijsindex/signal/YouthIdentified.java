// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.signal;

import nl.verwijsindex.youth.YouthId;

/** R-NOBSN: the index now knows the youth by BSN, and can ask the person register about them. Id only. */
public record YouthIdentified(YouthId youthId) {}
