// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.access.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import nl.verwijsindex.access.PendingEnrolment;
import nl.verwijsindex.access.SecondFactor;
import nl.verwijsindex.access.SecondFactorCheck;
import nl.verwijsindex.access.SignedInAccount;
import nl.verwijsindex.access.internal.SecurityLog;
import nl.verwijsindex.access.web.AccountAuthenticationProvider.PendingSecondFactor;

/**
 * The login pages: username and password (the form is processed by Spring Security), then the code from an
 * authenticator app, or, the first time, setting that app up. The secret is shown on the set-up page only,
 * kept in the session (sealed) until a code proves the app has it, then stored encrypted and never shown again.
 */
@Controller
class LoginController {

    private static final String PENDING_SECRET = LoginController.class.getName() + ".secret";

    private final SecondFactor secondFactor;
    private final SecurityLog securityLog;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();
    private final RequestCache requests = new HttpSessionRequestCache();

    LoginController(SecondFactor secondFactor, SecurityLog securityLog) {
        this.secondFactor = secondFactor;
        this.securityLog = securityLog;
    }

    @GetMapping(SiteSecurityConfiguration.LOGIN)
    String login(
            @RequestParam(required = false) String fout,
            @RequestParam(required = false) String geblokkeerd,
            @RequestParam(required = false) String uitgelogd,
            @RequestParam(required = false) String verlopen,
            @RequestParam(name = "te-vaak", required = false) String limited,
            @RequestParam(required = false) String geactiveerd,
            Model model) {
        model.addAttribute("failed", fout != null);
        model.addAttribute("locked", geblokkeerd != null);
        model.addAttribute("loggedOut", uitgelogd != null);
        model.addAttribute("expired", verlopen != null);
        model.addAttribute("limited", limited != null);
        model.addAttribute("activated", geactiveerd != null);
        return "account/login";
    }

    @GetMapping(SiteSecurityConfiguration.CODE)
    String code() {
        return "account/code";
    }

    @PostMapping(SiteSecurityConfiguration.CODE)
    String verify(
            @RequestParam(defaultValue = "") String code,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response) {
        PendingSecondFactor pending = pending();
        SecondFactorCheck check =
                secondFactor.verifySecondFactor(pending.account().id(), code);
        return finish(check, pending, "account/code", model, request, response);
    }

    @GetMapping(SiteSecurityConfiguration.ENROL)
    String enrol(Model model, HttpSession session) {
        PendingEnrolment enrolment = (PendingEnrolment) session.getAttribute(PENDING_SECRET);
        SignedInAccount account = pending().account();
        if (enrolment == null) {
            enrolment = secondFactor.newEnrolment(account);
            session.setAttribute(PENDING_SECRET, enrolment);
        }
        model.addAttribute("enrolment", secondFactor.show(account, enrolment));
        return "account/enrol";
    }

    @PostMapping(SiteSecurityConfiguration.ENROL)
    String confirm(
            @RequestParam(defaultValue = "") String code,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response,
            HttpSession session) {
        PendingEnrolment enrolment = (PendingEnrolment) session.getAttribute(PENDING_SECRET);
        if (enrolment == null) {
            return "redirect:" + SiteSecurityConfiguration.ENROL;
        }
        PendingSecondFactor pending = pending();
        SecondFactorCheck check =
                secondFactor.confirmEnrolment(pending.account().id(), enrolment, code);
        if (check == SecondFactorCheck.ACCEPTED) {
            securityLog.secondFactorEnrolled(pending.account().id().value());
        }
        model.addAttribute("enrolment", secondFactor.show(pending.account(), enrolment));
        return finish(check, pending, "account/enrol", model, request, response);
    }

    private String finish(
            SecondFactorCheck check,
            PendingSecondFactor pending,
            String retryView,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response) {
        switch (check) {
            case ACCEPTED -> {
                securityLog.loginSucceeded(pending.account().id().value());
                request.getSession().removeAttribute(PENDING_SECRET);
                request.changeSessionId();
                SecurityContext context = SecurityContextHolder.createEmptyContext();
                context.setAuthentication(AccountAuthenticationProvider.afterSecondFactor(
                        pending.account(), pending.mustChangePassword()));
                SecurityContextHolder.setContext(context);
                contexts.saveContext(context, request, response);
                if (pending.mustChangePassword()) {
                    // The page asked for first waits until the temporary password is replaced.
                    return "redirect:" + SiteSecurityConfiguration.NEW_PASSWORD;
                }
                SavedRequest saved = requests.getRequest(request, response);
                requests.removeRequest(request, response);
                return "redirect:" + (saved != null ? saved.getRedirectUrl() : "/");
            }
            case LOCKED -> {
                SecurityContextHolder.clearContext();
                request.getSession().invalidate();
                return "redirect:" + SiteSecurityConfiguration.LOGIN + "?geblokkeerd";
            }
            default -> {
                model.addAttribute("codeError", "De code klopt niet. Typ de 6 cijfers die uw app nu laat zien.");
                return retryView;
            }
        }
    }

    private static PendingSecondFactor pending() {
        return PendingSecondFactor.of(SecurityContextHolder.getContext().getAuthentication());
    }
}
