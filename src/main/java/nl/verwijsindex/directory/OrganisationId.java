package nl.verwijsindex.directory;

import java.util.UUID;

public record OrganisationId(UUID value) {

    public OrganisationId {
        java.util.Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
