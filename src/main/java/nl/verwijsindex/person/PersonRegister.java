package nl.verwijsindex.person;

import java.time.LocalDate;
import java.util.Optional;

import nl.verwijsindex.youth.Bsn;

/** The port to the person register (BRP). An interface because the register is a real boundary. */
public interface PersonRegister {

    /** Whether a register is connected; without one the index asks nothing and learns nothing. */
    boolean connected();

    /** The date of death the register knows for this person, if any. */
    Optional<LocalDate> dateOfDeath(Bsn bsn);
}
