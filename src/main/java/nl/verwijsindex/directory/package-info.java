/**
 * Who may take part: covenants (regions) and their settings, municipalities, organisations with their
 * category (R-CATEGORY), professionals and their designation (R-MELDER), and the credentials of
 * organisations' own systems. Knows nothing of youths or signals.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "shared")
package nl.verwijsindex.directory;
