/**
 * The port to the person register (BRP): what the index asks it, and the events it derives from the
 * answers, such as a youth's death (R-DEATH). The Haal Centraal BRP client, family and address data come
 * with issue 4; until then no register is connected and nothing is asked. Owns no table.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "youth", "signal"})
package nl.verwijsindex.person;
