// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.site.web;

import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.ui.Model;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import nl.verwijsindex.access.Role;
import nl.verwijsindex.access.SignedInAccount;
import nl.verwijsindex.directory.ProfessionalId;
import nl.verwijsindex.notification.Inbox;
import nl.verwijsindex.shared.DomainException;
import nl.verwijsindex.shared.MessageFree;

/**
 * What every page of the site gets: the logged-in account, its menu, and errors as pages (not problem
 * details, which are for the API). Messages are the modules' Dutch ones, which never hold personal data.
 */
@ControllerAdvice(basePackages = "nl.verwijsindex.site")
@Order(Ordered.HIGHEST_PRECEDENCE)
class SiteAdvice {

    private static final Logger log = LoggerFactory.getLogger(SiteAdvice.class);

    private final Inbox inbox;

    SiteAdvice(Inbox inbox) {
        this.inbox = inbox;
    }

    @ModelAttribute("account")
    SignedInAccount account(Authentication authentication) {
        return signedIn(authentication);
    }

    @ModelAttribute("navigation")
    List<NavigationItem> navigation(Authentication authentication) {
        SignedInAccount account = signedIn(authentication);
        if (account == null) {
            return List.of();
        }
        if (account.role() == Role.PROFESSIONAL && account.professionalId() != null) {
            return NavigationItem.forProfessional(inbox.unreadCount(new ProfessionalId(account.professionalId())));
        }
        return NavigationItem.forRole(account.role());
    }

    /**
     * The account, once fully logged in: with the password checked but the second factor still to come,
     * the principal is there but the role is not, and the page treats the visitor as not logged in.
     */
    static SignedInAccount signedIn(Authentication authentication) {
        if (authentication != null
                && authentication.getPrincipal() instanceof SignedInAccount account
                && authentication.getAuthorities().stream()
                        .anyMatch(a -> account.role().authority().equals(a.getAuthority()))) {
            return account;
        }
        return null;
    }

    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        return request.getRequestURI();
    }

    @ExceptionHandler(DomainException.class)
    String domain(DomainException e, HttpServletResponse response, Model model) {
        int status = switch (e.kind()) {
            case NOT_FOUND -> 404;
            case FORBIDDEN -> 403;
            case CONFLICT -> 409;
            case INVALID -> 422;
            case UNAVAILABLE -> 503;
            case TOO_MANY_REQUESTS -> 429;
        };
        return error(response, model, status, e.dutchMessage());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    String badAddress(HttpServletResponse response, Model model) {
        return error(response, model, 404, null);
    }

    @ExceptionHandler(Exception.class)
    String unexpected(Exception e, HttpServletResponse response, Model model) {
        if (e instanceof ErrorResponse framework && !framework.getStatusCode().is5xxServerError()) {
            return error(response, model, framework.getStatusCode().value(), null);
        }
        String reference = UUID.randomUUID().toString();
        // Without messages: they can quote what the form held.
        log.error("Unexpected error on a page, reference {}", reference, MessageFree.of(e));
        model.addAttribute("reference", reference);
        return error(response, model, 500, null);
    }

    private static String error(HttpServletResponse response, Model model, int status, String message) {
        // Exception handlers get a fresh model: the header and menu need the account again.
        SignedInAccount account = signedIn(SecurityContextHolder.getContext().getAuthentication());
        model.addAttribute("account", account);
        model.addAttribute("navigation", account == null ? List.of() : NavigationItem.forRole(account.role()));
        response.setStatus(status);
        model.addAttribute("status", status);
        model.addAttribute("message", message);
        return "error";
    }
}
