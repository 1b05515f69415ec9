package nl.verwijsindex.bench.load;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * A national directory, generated from a seed: covenant regions of unequal size, organisations of every
 * category of BJw 7.1.1 (V2 migration) in realistic proportions, and their professionals. National
 * organisations (police, Raad voor de Kinderbescherming, ...) are party to the covenants of several regions.
 */
final class Directory {

    /**
     * One category: how many organisations (relative), how many professionals each, in how many regions.
     * The counts are the shape of the Dutch landscape, scaled to the requested totals.
     */
    record Category(String code, int organisations, int minProfessionals, int maxProfessionals, int minRegions,
                    int maxRegions, boolean designationRequired) {
    }

    static final List<Category> CATEGORIES = List.of(
            new Category("MUNICIPAL_YOUTH_TEAM", 300, 4, 30, 1, 1, true),
            new Category("VEILIG_THUIS", 25, 10, 40, 1, 3, true),
            new Category("YOUTH_CARE_PROVIDER", 300, 3, 25, 1, 3, true),
            new Category("CERTIFIED_INSTITUTION", 14, 20, 60, 2, 6, true),
            new Category("YOUTH_HEALTH_CARE", 25, 20, 60, 1, 3, true),
            new Category("ADDICTION_CARE", 20, 3, 10, 1, 3, true),
            new Category("DISABILITY_CARE", 40, 3, 10, 1, 2, true),
            new Category("MENTAL_HEALTH_CARE", 80, 3, 15, 1, 2, true),
            new Category("GENERAL_PRACTITIONER", 350, 1, 3, 1, 1, false),
            new Category("EMERGENCY_DEPARTMENT", 70, 2, 6, 1, 1, true),
            new Category("PRIMARY_EDUCATION", 300, 1, 4, 1, 1, true),
            new Category("SPECIAL_EDUCATION", 60, 1, 4, 1, 1, true),
            new Category("SECONDARY_EDUCATION", 250, 2, 6, 1, 1, true),
            new Category("VOCATIONAL_EDUCATION", 50, 3, 10, 1, 2, true),
            new Category("HIGHER_EDUCATION", 20, 1, 4, 1, 2, true),
            new Category("RMC", 40, 2, 6, 1, 1, true),
            new Category("ATTENDANCE_OFFICER", 100, 2, 8, 1, 1, false),
            new Category("SOCIAL_SUPPORT_PROVIDER", 100, 2, 8, 1, 2, true),
            new Category("MUNICIPAL_CREDIT_BANK", 40, 1, 3, 1, 1, true),
            new Category("POLICE", 10, 30, 80, 4, 8, true),
            new Category("HALT", 8, 5, 15, 5, 10, true),
            new Category("CHILD_PROTECTION_BOARD", 5, 20, 50, 8, 15, true));

    /** Share of extra professionals who are not designated (they may not register), and who have left. */
    private static final double NOT_DESIGNATED_SHARE = 0.08;
    private static final double LEFT_SHARE = 0.04;
    private static final int MUNICIPALITIES = 342;

    record Region(int index, String code, String name, double weight, boolean suppressSameOrganisation) {
    }

    record Municipality(String cbsCode, String name, Region region) {
    }

    record Organisation(int number, UUID id, String name, Category category, List<Region> regions, UUID clientId) {
    }

    record Professional(UUID id, Organisation organisation, int number, boolean designated, LocalDate leftOn) {

        boolean mayRegister() {
            return leftOn == null && (designated || !organisation.category().designationRequired());
        }
    }

    /** A professional who may register, under one of their organisation's covenant regions. */
    record Registrant(UUID professionalId, UUID organisationId, Region region) {
    }

    final List<Region> regions = new ArrayList<>();
    final List<Municipality> municipalities = new ArrayList<>();
    final List<Organisation> organisations = new ArrayList<>();
    final List<Professional> professionals = new ArrayList<>();
    /** Per region (by index): everyone who may register a signal there. */
    final List<List<Registrant>> registrantsByRegion = new ArrayList<>();
    private double[] cumulativeRegionWeight;

    static Directory generate(long seed, int regionCount, int organisationTarget, int professionalTarget, LocalDate today) {
        Directory d = new Directory();
        SplittableRandom random = new SplittableRandom(seed);
        d.createRegions(random, regionCount);
        d.createMunicipalities(random);
        d.createOrganisationsAndProfessionals(random, organisationTarget, professionalTarget, today);
        return d;
    }

    /** A region, drawn in proportion to its size (its youth population). */
    Region pickRegion(SplittableRandom random) {
        double x = random.nextDouble() * cumulativeRegionWeight[cumulativeRegionWeight.length - 1];
        int i = 0;
        while (cumulativeRegionWeight[i] < x) {
            i++;
        }
        return regions.get(i);
    }

    long designatedCount() {
        return professionals.stream().filter(Professional::mayRegister).count();
    }

    private void createRegions(SplittableRandom random, int count) {
        cumulativeRegionWeight = new double[count];
        double total = 0;
        for (int i = 0; i < count; i++) {
            // Region sizes vary by an order of magnitude (Amsterdam against a rural covenant).
            double weight = 0.3 + random.nextDouble() * random.nextDouble() * 3;
            total += weight;
            cumulativeRegionWeight[i] = total;
            // A few regions do not match professionals of one organisation with each other (a region setting).
            boolean suppress = random.nextDouble() < 0.1;
            regions.add(new Region(i, "jeugdregio-%02d".formatted(i + 1), "Jeugdregio %d".formatted(i + 1), weight, suppress));
            registrantsByRegion.add(new ArrayList<>());
        }
    }

    private void createMunicipalities(SplittableRandom random) {
        for (int i = 0; i < Math.max(MUNICIPALITIES, regions.size()); i++) {
            Region region = i < regions.size() ? regions.get(i) : pickRegion(random);
            municipalities.add(new Municipality("GM%04d".formatted(i + 1), "Gemeente %d".formatted(i + 1), region));
        }
    }

    private void createOrganisationsAndProfessionals(SplittableRandom random, int organisationTarget,
                                                     int professionalTarget, LocalDate today) {
        int baseOrganisations = CATEGORIES.stream().mapToInt(Category::organisations).sum();
        double organisationScale = (double) organisationTarget / baseOrganisations;
        double expectedProfessionals = CATEGORIES.stream()
                .mapToDouble(c -> c.organisations() * organisationScale * (c.minProfessionals() + c.maxProfessionals()) / 2.0)
                .sum();
        double professionalScale = professionalTarget / expectedProfessionals;
        int number = 0;
        for (Category category : CATEGORIES) {
            int count = Math.max(1, (int) Math.round(category.organisations() * organisationScale));
            for (int i = 0; i < count; i++) {
                number++;
                Organisation organisation = new Organisation(number, uuid(random), "%s %d".formatted(category.code(), number),
                        category, pickRegions(random, category), uuid(random));
                organisations.add(organisation);
                int staff = category.minProfessionals() + random.nextInt(category.maxProfessionals() - category.minProfessionals() + 1);
                int designated = Math.max(1, (int) Math.round(staff * professionalScale));
                int extra = (int) Math.round(designated * (NOT_DESIGNATED_SHARE + LEFT_SHARE) + random.nextDouble());
                for (int p = 0; p < designated + extra; p++) {
                    boolean left = p >= designated && random.nextDouble() < LEFT_SHARE / (NOT_DESIGNATED_SHARE + LEFT_SHARE);
                    boolean isDesignated = p < designated ? category.designationRequired() || random.nextBoolean() : left;
                    LocalDate leftOn = left ? today.minusDays(1 + random.nextInt(1000)) : null;
                    Professional professional = new Professional(uuid(random), organisation, p + 1, isDesignated, leftOn);
                    professionals.add(professional);
                    if (professional.mayRegister()) {
                        for (Region region : organisation.regions()) {
                            registrantsByRegion.get(region.index()).add(new Registrant(professional.id(), organisation.id(), region));
                        }
                    }
                }
            }
        }
    }

    private List<Region> pickRegions(SplittableRandom random, Category category) {
        int wanted = category.minRegions() + random.nextInt(category.maxRegions() - category.minRegions() + 1);
        Set<Region> picked = new LinkedHashSet<>();
        while (picked.size() < Math.min(wanted, regions.size())) {
            picked.add(pickRegion(random));
        }
        return List.copyOf(picked);
    }

    static UUID uuid(SplittableRandom random) {
        // A version-4 UUID, as the service's UUID.randomUUID() makes, from the seeded generator.
        long high = (random.nextLong() & ~0xF000L) | 0x4000L;
        long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low);
    }
}
