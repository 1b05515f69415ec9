/**
 * The port to the person register (BRP): what the index asks it, and the events it derives from the
 * answers, such as a youth's death (R-DEATH). Its adapter is the Haal Centraal BRP API Personen v2 client
 * ({@code internal}), connected when {@code verwijsindex.person.brp.base-url} is set; without it no register
 * is connected and nothing is asked. Owns no table.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "youth", "signal"})
package nl.verwijsindex.person;
