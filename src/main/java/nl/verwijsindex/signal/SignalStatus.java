package nl.verwijsindex.signal;

public enum SignalStatus {
    ACTIVE, ARCHIVED
}
