/**
 * The single-command run: an embedded PostgreSQL with a persistent data directory, an in-process SMTP
 * server whose mail a developer can read (http://localhost:8080/dev/mail), a key file kept in the data
 * directory, and demo data with published credentials (API tokens and web accounts).
 * Switched off in production ({@code verwijsindex.standalone.enabled=false}); nothing else depends on it.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "directory", "account"})
package nl.verwijsindex.standalone;
