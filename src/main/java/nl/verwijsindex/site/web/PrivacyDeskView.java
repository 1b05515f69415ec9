// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.site.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import nl.verwijsindex.access.SignedInAccount;
import nl.verwijsindex.directory.Directory;
import nl.verwijsindex.directory.ProfessionalContact;
import nl.verwijsindex.directory.ProfessionalId;
import nl.verwijsindex.rights.AdviceRound;
import nl.verwijsindex.rights.AdviceView;
import nl.verwijsindex.rights.PrivacyDesk;
import nl.verwijsindex.rights.RequestView;
import nl.verwijsindex.rights.RightsRequests;
import nl.verwijsindex.shared.web.FormErrors;

/** R-REQUEST: what the privacy desk's page of one request shows, with the forms as typed after an error. */
@Component
class PrivacyDeskView {

    private final RightsRequests requests;
    private final AdviceRound advice;
    private final Directory directory;

    PrivacyDeskView(RightsRequests requests, AdviceRound advice, Directory directory) {
        this.requests = requests;
        this.advice = advice;
        this.directory = directory;
    }

    /** One line of advice, with the professional's name and organisation. */
    record AdviceLine(AdviceView advice, String professional, String organisation) {}

    /** A form as typed on the request's page; {@code null} fields are empty. */
    record DecisionForm(String outcome, String reason, String birthDate, String signal) {
        static final DecisionForm EMPTY = new DecisionForm(null, null, null, null);
    }

    record ExtensionForm(String reason, String toldOn) {
        static final ExtensionForm EMPTY = new ExtensionForm(null, null);
    }

    String page(
            SignedInAccount account,
            UUID id,
            FormErrors errors,
            DecisionForm decision,
            ExtensionForm extension,
            Model model) {
        RequestView request = requests.find(PrivacyDesk.of(account), id);
        List<AdviceView> asked = advice.ofRequest(id);
        Map<ProfessionalId, ProfessionalContact> contacts = directory.contacts(asked.stream()
                .map(a -> new ProfessionalId(a.professionalId()))
                .distinct()
                .toList());
        model.addAttribute("deskRequest", request);
        model.addAttribute(
                "advice",
                asked.stream()
                        .map(a -> {
                            ProfessionalContact c = contacts.get(new ProfessionalId(a.professionalId()));
                            return new AdviceLine(
                                    a, c == null ? "Onbekend" : c.name(), c == null ? "" : c.organisationName());
                        })
                        .toList());
        model.addAttribute("errors", errors);
        model.addAttribute("decisionForm", decision);
        model.addAttribute("extensionForm", extension);
        model.addAttribute("outcomes", RequestTexts.OUTCOMES);
        return "desk/request";
    }
}
