/**
 * Who may take part: organisations with their category and domain (R-CATEGORY), professionals and their
 * designation (R-MELDER), municipal supervisors (R-SUPERVISE), and the credentials of organisations' systems,
 * region coordinators and supervisors. Covenants, regions and municipalities are the covenant module's, which
 * depends on this one; the directory asks it about memberships only through its port {@link CovenantParties}.
 * Knows nothing of youths or signals.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "shared")
package nl.verwijsindex.directory;
