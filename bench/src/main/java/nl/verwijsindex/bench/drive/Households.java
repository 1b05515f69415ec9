package nl.verwijsindex.bench.drive;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import nl.verwijsindex.bench.drive.PopulationWriter.Household;
import nl.verwijsindex.bench.drive.PopulationWriter.Municipality;
import nl.verwijsindex.bench.drive.PopulationWriter.Person;
import nl.verwijsindex.bench.drive.PopulationWriter.Youth;

/**
 * The households of {@link PopulationWriter}: 1, 2 or 3 children (55%, 30%, 15%) with 2 parents (90%) or 1, at one
 * address in a municipality of their region, with synthetic names.
 */
final class Households {

    private static final double[] HOUSEHOLD_SIZE_SHARES = {0.55, 0.30, 0.15};
    private static final double TWO_PARENTS_SHARE = 0.9;

    private static final String[] BOYS = {"Daan", "Sem", "Lucas", "Levi", "Finn", "Noah", "Milan", "Jesse", "Bram",
            "Thomas", "Mohammed", "Adam", "Luuk", "Ruben", "Sam", "Gijs", "Mees", "Omar", "Jayden", "Stijn"};
    private static final String[] GIRLS = {"Emma", "Julia", "Mila", "Tess", "Sophie", "Zoe", "Sara", "Nora", "Anna",
            "Evi", "Lotte", "Fleur", "Yara", "Noor", "Liv", "Saar", "Lina", "Fenna", "Isa", "Amira"};
    private static final String[] MEN = {"Jeroen", "Mark", "Dennis", "Peter", "Erik", "Ahmed", "Kevin", "Martijn",
            "Bas", "Rick", "Mustafa", "Joost", "Sander", "Wouter", "Tim", "Niels"};
    private static final String[] WOMEN = {"Linda", "Sandra", "Esther", "Anouk", "Fatima", "Marieke", "Iris", "Sanne",
            "Femke", "Laura", "Naima", "Ingrid", "Kim", "Judith", "Eva", "Petra"};
    /** Surnames, some with a prefix (voorvoegsel) as the BRP keeps it apart. */
    private static final String[][] SURNAMES = {{null, "Jansen"}, {"de", "Vries"}, {"van den", "Berg"},
            {"van", "Dijk"}, {null, "Bakker"}, {null, "Visser"}, {null, "Smit"}, {null, "Meijer"}, {"de", "Boer"},
            {null, "Mulder"}, {"de", "Groot"}, {null, "Bos"}, {null, "Vos"}, {null, "Peters"}, {null, "Hendriks"},
            {"van", "Leeuwen"}, {null, "Dekker"}, {null, "Brouwer"}, {"de", "Wit"}, {null, "Dijkstra"},
            {null, "Yilmaz"}, {null, "Kaya"}, {null, "Demir"}, {null, "El Amrani"}, {null, "Bulut"},
            {"van der", "Linden"}, {null, "Kok"}, {null, "Willems"}, {"van", "Beek"}, {null, "Koster"}};

    private Households() {
    }

    /** Where the parents' BSNs come from. */
    interface BsnSource {
        List<String> next(int count) throws SQLException;
    }

    /**
     * The households of these youths, each at an address of its own; a new youth takes the region of their
     * household's municipality.
     *
     * @param bySize counts households by their number of children (index 1-3)
     */
    static List<Household> build(SplittableRandom random, List<Municipality> municipalities, List<Youth> known,
                                 List<Youth> newYouths, BsnSource parentBsnSource, int[] bySize) throws SQLException {
        List<List<Youth>> groups = households(random, known, newYouths);
        Map<String, List<Municipality>> byRegion = new HashMap<>();
        for (Municipality m : municipalities) {
            byRegion.computeIfAbsent(m.regionCode(), k -> new ArrayList<>()).add(m);
        }
        int parentsNeeded = 0;
        List<Integer> parentCounts = new ArrayList<>(groups.size());
        for (int i = 0; i < groups.size(); i++) {
            int count = random.nextDouble() < TWO_PARENTS_SHARE ? 2 : 1;
            parentCounts.add(count);
            parentsNeeded += count;
        }
        List<String> parentBsns = parentBsnSource.next(parentsNeeded);

        Map<String, Integer> houseNumbers = new HashMap<>();
        List<Household> households = new ArrayList<>(groups.size());
        int parentIndex = 0;
        for (int h = 0; h < groups.size(); h++) {
            List<Youth> children = groups.get(h);
            String region = children.stream().filter(y -> y.known && y.regionCode != null)
                    .map(y -> y.regionCode).findFirst().orElse(null);
            List<Municipality> choice = region == null ? null : byRegion.get(region);
            if (choice == null || choice.isEmpty()) {
                choice = municipalities;
            }
            Municipality municipality = choice.get(random.nextInt(choice.size()));
            LocalDate eldest = children.stream().map(y -> y.birthDate).min(LocalDate::compareTo).orElseThrow();
            String[] family = SURNAMES[random.nextInt(SURNAMES.length)];
            List<Person> members = new ArrayList<>();
            List<String> parents = new ArrayList<>();
            int count = parentCounts.get(h);
            boolean motherFirst = random.nextBoolean();
            for (int p = 0; p < count; p++) {
                boolean woman = count == 1 ? random.nextDouble() < 0.8 : (p == 0) == motherFirst;
                String[] surname = p == 0 ? family : SURNAMES[random.nextInt(SURNAMES.length)];
                // 20 to 40 years older than the eldest child
                LocalDate born = eldest.minusYears(20 + random.nextInt(20)).minusDays(random.nextInt(365));
                String bsn = parentBsns.get(parentIndex++);
                parents.add(bsn);
                members.add(new Person(bsn, pick(random, woman ? WOMEN : MEN), surname[0], surname[1],
                        woman ? "V" : "M", born, List.of()));
            }
            for (Youth child : children) {
                if (!child.known) {
                    child.regionCode = municipality.regionCode();
                }
                boolean girl = random.nextBoolean();
                members.add(new Person(child.bsn, pick(random, girl ? GIRLS : BOYS), family[0], family[1],
                        girl ? "V" : "M", child.birthDate, List.copyOf(parents)));
            }
            bySize[children.size()]++;
            households.add(new Household(h + 1, municipality,
                    houseNumbers.merge(municipality.code(), 1, Integer::sum), members));
        }
        return households;
    }

    /**
     * Known youths grouped by region (regions and youths in a random order) merged at random with the new youths,
     * then cut into households of 1, 2 or 3; a household ends early rather than take a known youth of another
     * region than its first known youth's.
     */
    static List<List<Youth>> households(SplittableRandom random, List<Youth> known, List<Youth> newYouths) {
        Map<String, List<Youth>> byRegion = new LinkedHashMap<>();
        for (Youth youth : known) {
            byRegion.computeIfAbsent(youth.regionCode == null ? "" : youth.regionCode, k -> new ArrayList<>()).add(youth);
        }
        List<List<Youth>> regions = new ArrayList<>(byRegion.values());
        shuffle(regions, random);
        List<Youth> knownOrdered = new ArrayList<>(known.size());
        for (List<Youth> region : regions) {
            shuffle(region, random);
            knownOrdered.addAll(region);
        }
        List<Youth> newShuffled = new ArrayList<>(newYouths);
        shuffle(newShuffled, random);
        List<Youth> merged = new ArrayList<>(known.size() + newYouths.size());
        int k = 0;
        int n = 0;
        while (k < knownOrdered.size() || n < newShuffled.size()) {
            int knownLeft = knownOrdered.size() - k;
            int newLeft = newShuffled.size() - n;
            merged.add(random.nextInt(knownLeft + newLeft) < knownLeft ? knownOrdered.get(k++) : newShuffled.get(n++));
        }
        List<List<Youth>> households = new ArrayList<>();
        int i = 0;
        while (i < merged.size()) {
            int size = householdSize(random);
            List<Youth> children = new ArrayList<>(size);
            String region = null;
            while (children.size() < size && i < merged.size()) {
                Youth youth = merged.get(i);
                if (youth.known) {
                    String own = youth.regionCode == null ? "" : youth.regionCode;
                    if (region != null && !region.equals(own)) {
                        break;
                    }
                    region = own;
                }
                children.add(youth);
                i++;
            }
            households.add(children);
        }
        return households;
    }

    private static int householdSize(SplittableRandom random) {
        double x = random.nextDouble();
        for (int size = 1; size < HOUSEHOLD_SIZE_SHARES.length; size++) {
            x -= HOUSEHOLD_SIZE_SHARES[size - 1];
            if (x < 0) {
                return size;
            }
        }
        return HOUSEHOLD_SIZE_SHARES.length;
    }

    private static <T> void shuffle(List<T> list, SplittableRandom random) {
        for (int i = list.size() - 1; i > 0; i--) {
            Collections.swap(list, i, random.nextInt(i + 1));
        }
    }

    private static String pick(SplittableRandom random, String[] names) {
        return names[random.nextInt(names.length)];
    }
}
