package nl.verwijsindex.signal;

/** R-END and R-ARCHIVE-5Y: why a signal ends, and whether that sends it to the archive or deletes it. */
public enum EndReason {

    /** Care ended or the risk is gone: to the archive (Jeugdwet 7.1.4.5 lid 1). */
    RISK_GONE(true),
    /** The signal should not have been registered: deleted outright, never archived. */
    UNJUSTIFIED(false);

    private final boolean archives;

    EndReason(boolean archives) {
        this.archives = archives;
    }

    public boolean archives() {
        return archives;
    }
}
