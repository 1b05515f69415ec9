package nl.verwijsindex.youth;

/** Internal identity of a youth in the index; never shown outside the system. */
public record YouthId(long value) {
}
