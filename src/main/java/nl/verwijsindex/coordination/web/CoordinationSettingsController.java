package nl.verwijsindex.coordination.web;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import nl.verwijsindex.coordination.CoordinationSettings;
import nl.verwijsindex.coordination.DirectorRules.Rule;
import nl.verwijsindex.coordination.DirectorRules.RuleKind;
import nl.verwijsindex.coordination.DutchCalendar.LiberationDay;
import nl.verwijsindex.coordination.RegionSettings;
import nl.verwijsindex.access.RegionCoordinatorPrincipal;

/** The region coordinator keeps the region's coordination settings: deadline, Liberation Day, director rules. */
@RestController
@RequestMapping(path = "/api/v1/region/coordination-settings", produces = MediaType.APPLICATION_JSON_VALUE)
class CoordinationSettingsController {

    private final RegionSettings settings;

    CoordinationSettingsController(RegionSettings settings) {
        this.settings = settings;
    }

    @GetMapping
    SettingsResponse get(@AuthenticationPrincipal RegionCoordinatorPrincipal coordinator) {
        return SettingsResponse.of(settings.of(coordinator.regionCode()));
    }

    /** Replaces the settings; {@code directorRules} null means the defaults. */
    @PutMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    SettingsResponse put(@AuthenticationPrincipal RegionCoordinatorPrincipal coordinator,
                         @Valid @RequestBody SettingsRequest request) {
        List<Rule> rules = request.directorRules() == null ? null
                : request.directorRules().stream().map(r -> new Rule(r.kind(), r.ranking())).toList();
        return SettingsResponse.of(settings.update(coordinator, request.deadlineWorkingDays(), request.liberationDay(),
                request.caseMunicipalityCode(), rules));
    }

    record SettingsRequest(
            @NotNull(message = "Vul de termijn in werkdagen in.") @Min(value = 1, message = "De termijn is ten minste 1 werkdag.")
            @Max(value = 30, message = "De termijn is ten hoogste 30 werkdagen.") Integer deadlineWorkingDays,
            @NotNull(message = "Kies of Bevrijdingsdag elk jaar of eens per vijf jaar een vrije dag is.") LiberationDay liberationDay,
            @Pattern(regexp = "GM[0-9]{4}", message = "Een CBS-gemeentecode is GM met 4 cijfers.") String caseMunicipalityCode,
            @Size(max = 10, message = "Ten hoogste 10 regels.") List<@Valid @NotNull RuleRequest> directorRules) {
    }

    record RuleRequest(@NotNull(message = "Kies het soort regel.") RuleKind kind, List<String> ranking) {
    }

    record SettingsResponse(String regionCode, int deadlineWorkingDays, String liberationDay, String caseMunicipalityCode,
                            boolean ownDirectorRules, List<RuleResponse> directorRules, String finalTieBreaker) {

        static SettingsResponse of(CoordinationSettings s) {
            return new SettingsResponse(s.regionCode(), s.deadlineWorkingDays(), s.liberationDay().name(),
                    s.caseMunicipalityCode().orElse(null), s.ownDirectorRules(),
                    s.directorRules().rules().stream().map(r -> new RuleResponse(r.kind().name(), r.ranking())).toList(),
                    "EARLIEST_SIGNAL, then the lowest signal id");
        }
    }

    record RuleResponse(String kind, List<String> ranking) {
    }
}
