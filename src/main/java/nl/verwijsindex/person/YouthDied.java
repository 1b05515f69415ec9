// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.person;

import nl.verwijsindex.youth.YouthId;

/** R-DEATH: the person register reports the youth has died. The youth's id only. */
public record YouthDied(YouthId youthId) {}
