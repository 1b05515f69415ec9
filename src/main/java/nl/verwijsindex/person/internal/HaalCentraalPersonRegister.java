// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.person.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import nl.verwijsindex.logbook.Actor;
import nl.verwijsindex.logbook.Logbook;
import nl.verwijsindex.logbook.LogbookEntry;
import nl.verwijsindex.person.Person;
import nl.verwijsindex.person.PersonQuery;
import nl.verwijsindex.person.PersonRegister;
import nl.verwijsindex.person.PersonRegisterUnavailable;
import nl.verwijsindex.person.Purpose;
import nl.verwijsindex.youth.Bsn;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The person register over the Haal Centraal BRP API Personen v2: one {@code POST /personen} per question,
 * asking only for the fields the question's {@link Purpose} uses ({@code geheimhoudingPersoonsgegevens} comes
 * unasked).
 * Timed per query type and outcome as {@code verwijsindex.person.register}.
 */
final class HaalCentraalPersonRegister implements PersonRegister {

    static final String BY_BSN = "RaadpleegMetBurgerservicenummer";
    static final String BY_SURNAME_AND_BIRTH_DATE = "ZoekMetGeslachtsnaamEnGeboortedatum";
    static final String BY_ADDRESSABLE_OBJECT = "ZoekMetAdresseerbaarObjectIdentificatie";

    /** The spec's patterns for the search parameters, without the wildcard: the index never fishes. */
    private static final Pattern SURNAME = Pattern.compile("[a-zA-Z0-9À-ž .\\-']{1,200}");
    /** The {@code VoorvoegselFilter} pattern of the BRP API Personen v2. */
    private static final Pattern PREFIX = Pattern.compile("[a-zA-Z ']{1,10}");

    private static final Pattern ADDRESSABLE_OBJECT = Pattern.compile("(?!0{16})[0-9]{16}");

    private final PersonsEndpoint endpoint;
    private final JsonMapper json;
    private final PersonMapper mapper;
    private final MeterRegistry meters;
    /** R-LOGBOOK (issue 12): every question to the register, answered or not; null where no logbook is wired. */
    private final Logbook logbook;

    HaalCentraalPersonRegister(BrpProperties properties, JsonMapper json, MeterRegistry meters, Clock clock) {
        this(properties, json, meters, clock, null);
    }

    HaalCentraalPersonRegister(
            BrpProperties properties, JsonMapper json, MeterRegistry meters, Clock clock, Logbook logbook) {
        this.endpoint = new PersonsEndpoint(properties, json);
        this.json = json;
        this.mapper = new PersonMapper(clock);
        this.meters = meters;
        this.logbook = logbook;
    }

    /** Its connections to the register, when the application stops (Spring calls it on the bean). */
    public void close() {
        endpoint.close();
    }

    @Override
    public boolean connected() {
        return true;
    }

    /** Asks for the purpose's fields only (issue 13, defect 7). */
    @Override
    public Optional<Person> find(Bsn bsn, Purpose purpose) {
        return lookUp(bsn, purpose.fields(), person -> Optional.of(mapper.person(person)));
    }

    /**
     * Issue 18: one question for up to {@link #MOST_ASKED_AT_ONCE} persons. Each person in the answer must be one that
     * was asked about, and once; a BSN the register does not know is simply absent.
     *
     * @throws IllegalArgumentException for none or more than {@link #MOST_ASKED_AT_ONCE} BSNs
     */
    @Override
    public Map<Bsn, Person> findAll(Collection<Bsn> bsns, Purpose purpose) {
        Set<Bsn> asked = new LinkedHashSet<>(bsns);
        if (asked.isEmpty() || asked.size() > MOST_ASKED_AT_ONCE) {
            throw new IllegalArgumentException("one question asks about 1 to " + MOST_ASKED_AT_ONCE + " persons");
        }
        ObjectNode request = request(BY_BSN, purpose.fields());
        ArrayNode numbers = request.putArray("burgerservicenummer");
        asked.forEach(bsn -> numbers.add(bsn.value()));
        return timed(BY_BSN, () -> {
            Map<Bsn, Person> found = new LinkedHashMap<>();
            for (JsonNode person : PersonMapper.persons(endpoint.query(request), BY_BSN)) {
                Bsn bsn = PersonMapper.bsn(person);
                if (!asked.contains(bsn)) {
                    throw PersonMapper.malformed("a persoon with a burgerservicenummer that was not asked");
                }
                if (found.put(bsn, mapper.person(person)) != null) {
                    throw PersonMapper.malformed("more than one persoon for one burgerservicenummer");
                }
            }
            return found;
        });
    }

    /** R-DEATH: asks only for the date of death, not the whole person. */
    @Override
    public Optional<LocalDate> dateOfDeath(Bsn bsn) {
        return lookUp(bsn, Purpose.DEATH.fields(), mapper::died);
    }

    /**
     * The surname is the register's {@code geslachtsnaam}, without a voorvoegsel ("Boer", not "de Boer"); the
     * register compares it case-insensitively.
     *
     * @throws IllegalArgumentException for a query without surname or birth date, with a surname the register
     *                                  would read as a wildcard or refuse, or with a postcode not like 1234AB
     */
    @Override
    public List<Bsn> search(PersonQuery query) {
        if (query.birthDate() == null) {
            throw new IllegalArgumentException("a search needs a birth date");
        }
        if (query.surname() == null || !SURNAME.matcher(query.surname()).matches()) {
            throw new IllegalArgumentException(
                    "the surname is empty or has characters the register does not search on");
        }
        Optional<String> postcode = PersonMapper.normalisePostcode(query.postcode());
        if (query.postcode() != null && !query.postcode().isBlank() && postcode.isEmpty()) {
            throw new IllegalArgumentException("the postcode is not of the form 1234AB");
        }
        ObjectNode request = request(
                BY_SURNAME_AND_BIRTH_DATE,
                postcode.isPresent()
                        ? List.of("burgerservicenummer", "adressering.adresregel2")
                        : List.of("burgerservicenummer"));
        request.put("geslachtsnaam", query.surname().strip());
        if (query.prefix() != null) {
            if (!PREFIX.matcher(query.prefix()).matches()) {
                throw new IllegalArgumentException("the prefix has characters the register does not search on");
            }
            request.put("voorvoegsel", query.prefix());
        }
        request.put("geboortedatum", query.birthDate().toString());
        if (query.gender() != null) {
            request.put("geslacht", query.gender().code());
        }
        return timed(BY_SURNAME_AND_BIRTH_DATE, () -> {
            List<Bsn> found = new ArrayList<>();
            for (JsonNode person : PersonMapper.persons(endpoint.query(request), BY_SURNAME_AND_BIRTH_DATE)) {
                Bsn bsn = PersonMapper.bsn(person);
                if (postcode.isEmpty()
                        || PersonMapper.postcodeOfAddressLine(person).equals(postcode)) {
                    found.add(bsn);
                }
            }
            return List.copyOf(found);
        });
    }

    /** @throws IllegalArgumentException for anything but 16 digits (not all zero) */
    @Override
    public List<Bsn> residents(String addressableObjectId) {
        if (addressableObjectId == null
                || !ADDRESSABLE_OBJECT.matcher(addressableObjectId).matches()) {
            throw new IllegalArgumentException("an adresseerbaarObjectIdentificatie has 16 digits");
        }
        ObjectNode request = request(BY_ADDRESSABLE_OBJECT, List.of("burgerservicenummer"));
        request.put("adresseerbaarObjectIdentificatie", addressableObjectId);
        return timed(
                BY_ADDRESSABLE_OBJECT,
                () -> PersonMapper.persons(endpoint.query(request), BY_ADDRESSABLE_OBJECT).stream()
                        .map(PersonMapper::bsn)
                        .toList());
    }

    /** Deceased persons come with a Raadpleeg by default; the query type has no {@code inclusiefOverledenPersonen}. */
    private <T> Optional<T> lookUp(Bsn bsn, List<String> fields, Function<JsonNode, Optional<T>> read) {
        ObjectNode request = request(BY_BSN, fields);
        request.putArray("burgerservicenummer").add(bsn.value());
        return timed(BY_BSN, () -> {
            List<JsonNode> persons = PersonMapper.persons(endpoint.query(request), BY_BSN);
            if (persons.size() > 1) {
                throw PersonMapper.malformed("more than one persoon for one burgerservicenummer");
            }
            if (persons.isEmpty()) {
                return Optional.<T>empty();
            }
            if (!PersonMapper.bsn(persons.get(0)).equals(bsn)) {
                throw PersonMapper.malformed("the persoon has another burgerservicenummer than asked");
            }
            return read.apply(persons.get(0));
        });
    }

    private ObjectNode request(String type, List<String> fields) {
        ObjectNode request = json.createObjectNode();
        request.put("type", type);
        fields.forEach(request.putArray("fields")::add);
        return request;
    }

    private <T> T timed(String queryType, Supplier<T> question) {
        Timer.Sample sample = Timer.start(meters);
        String outcome = "answered";
        try {
            return question.get();
        } catch (PersonRegisterUnavailable e) {
            outcome = e.reason().name();
            throw e;
        } finally {
            sample.stop(meters.timer("verwijsindex.person.register", "query", queryType, "outcome", outcome));
            // A question asked for a professional gets its one entry, naming them, from RegisterQueryLog.
            if (logbook != null && !RegisterQueryLog.loggedByAsker()) {
                logbook.record(LogbookEntry.security(
                        LogbookEntry.Action.PERSON_REGISTER_QUERIED, Actor.SYSTEM, queryType + " " + outcome));
            }
        }
    }
}
