package nl.verwijsindex.matching;

/** The kinds of match the law names (Jeugdwet 7.1.2.3); family and address come with the person register. */
public enum MatchKind {
    /** R-MATCH-YOUTH: signals of different professionals on the same youth. */
    YOUTH
}
