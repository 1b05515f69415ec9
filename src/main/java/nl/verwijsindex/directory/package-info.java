/**
 * Who may take part: covenants (regions) and their settings, municipalities and their supervisors
 * (R-SUPERVISE), organisations with their category (R-CATEGORY), professionals and their designation
 * (R-MELDER), and the credentials of organisations' systems, region coordinators and supervisors.
 * Knows nothing of youths or signals.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "shared")
package nl.verwijsindex.directory;
