// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.exchange.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;

import nl.verwijsindex.covenant.Covenants;
import nl.verwijsindex.directory.Directory;
import nl.verwijsindex.directory.DirectoryAdministration;
import nl.verwijsindex.directory.DirectoryAdministration.Category;
import nl.verwijsindex.directory.OrganisationId;
import nl.verwijsindex.directory.ProfessionalContact;
import nl.verwijsindex.directory.ProfessionalId;
import nl.verwijsindex.signal.SignalId;
import nl.verwijsindex.signal.SignalImport;
import nl.verwijsindex.youth.BlindIndex;
import nl.verwijsindex.youth.BsnProtection;
import nl.verwijsindex.youth.ViNumber;

/** What the checks of an exchange file ask the index, through the modules' APIs; reads only. */
@Component
class IndexLookups {

    private final Directory directory;
    private final DirectoryAdministration categories;
    private final Covenants covenants;
    private final SignalImport signals;
    private final BsnProtection protection;

    IndexLookups(
            Directory directory,
            DirectoryAdministration categories,
            Covenants covenants,
            SignalImport signals,
            BsnProtection protection) {
        this.directory = directory;
        this.categories = categories;
        this.covenants = covenants;
        this.signals = signals;
        this.protection = protection;
    }

    boolean hasCategory(String code) {
        return directory.hasCategory(code);
    }

    /**
     * R-CATEGORY: the region whose own category this is, empty for a national category (or one the index does not
     * know, which {@link #hasCategory} tells).
     */
    Optional<String> regionOfCategory(String code) {
        return categories.categories().stream()
                .filter(c -> c.code().equals(code))
                .map(Category::regionCode)
                .filter(region -> region != null)
                .findFirst();
    }

    boolean hasRegion(String code) {
        return covenants.hasRegion(code);
    }

    boolean hasOrganisation(UUID id) {
        return !directory.organisationNames(List.of(new OrganisationId(id))).isEmpty();
    }

    Optional<UUID> organisationOfProfessional(UUID professional) {
        return directory
                .contact(new ProfessionalId(professional))
                .map(ProfessionalContact::organisationId)
                .map(OrganisationId::value);
    }

    boolean hasSignal(UUID id) {
        return signals.exists(new SignalId(id));
    }

    boolean hasActiveSignal(byte[] youthKey, UUID professional) {
        return signals.hasActiveSignal(youthKey, new ProfessionalId(professional));
    }

    int currentKeyId() {
        return protection.currentKeyId();
    }

    /** The youth's blind index under the current key, as the index would find them: for duplicates only. */
    byte[] youthKey(ExchangeRecord.Signal s) {
        if (s.bsn() != null) {
            return protection.blindIndex(s.bsn()).bytes();
        }
        if (s.viIndex() != null) {
            return s.viIndex();
        }
        return viNumber(s).blindIndex().bytes();
    }

    /** R-NOBSN: the verwijsindex number of a youth without a BSN, named by index or by surname and gender. */
    ViNumber viNumber(ExchangeRecord.Signal s) {
        if (s.viIndex() != null) {
            return ViNumber.of(new BlindIndex(s.viIndex()), s.viKeyId(), protection);
        }
        return ViNumber.derive(s.surname(), s.birthDate(), s.gender(), protection);
    }
}
