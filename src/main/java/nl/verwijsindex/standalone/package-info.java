/**
 * The single-command run: an embedded PostgreSQL with a persistent data directory, an in-process SMTP
 * server whose mail a developer can read, generated keys, and demo data with published credentials.
 * Switched off in production ({@code verwijsindex.standalone.enabled=false}); nothing else depends on it.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "directory"})
package nl.verwijsindex.standalone;
