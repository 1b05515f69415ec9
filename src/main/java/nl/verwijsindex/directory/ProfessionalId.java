package nl.verwijsindex.directory;

import java.util.UUID;

public record ProfessionalId(UUID value) {

    public ProfessionalId {
        java.util.Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
