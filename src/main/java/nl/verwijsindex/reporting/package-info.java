// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

/**
 * Reports for policy and oversight (R-REPORTS; Jeugdwet 7.1.2.3 h): anonymous facts recorded in the transaction of
 * what they count (a signal registered, ended, expired or deleted; a match made and consulted; a consultation and
 * its outcomes), never a youth, a professional or a pseudonym, so retention never changes a past period
 * (docs/adr/0030). Reports per month, quarter or year per municipality, organisation, category or region, made safe
 * to publish by {@link nl.verwijsindex.reporting.Publication}, and their downloads. Owns {@code report_fact}; it
 * writes nothing else and listens in the publishers' transactions.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"shared", "access", "youth", "signal", "coordination", "person", "directory", "covenant"})
package nl.verwijsindex.reporting;
