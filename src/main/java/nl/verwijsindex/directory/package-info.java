/**
 * Who may take part: covenants (regions) and their settings, municipalities, organisations with their
 * category (R-CATEGORY), professionals and their designation (R-MELDER). Knows nothing of youths or
 * signals, and nothing of credentials: those belong to the {@code access} module.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "shared")
package nl.verwijsindex.directory;
