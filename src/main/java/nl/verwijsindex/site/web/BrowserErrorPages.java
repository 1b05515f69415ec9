// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.site.web;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import org.springframework.web.servlet.view.RedirectView;

import nl.verwijsindex.access.SignedInAccount;

/**
 * Errors a browser meets outside the site's controllers (an unknown address, a method the address does not take,
 * a refusal by the security filters, a fault in a filter) as pages in the site's layout, with the header and menu
 * of whoever is logged in (issue 16 item 13). The API keeps its problem details: a request is a browser's when it
 * accepts HTML and is not for {@code /api/}, {@code /actuator/} or {@code /v3/}.
 *
 * <p>A GET of an address that only takes a form's POST (a reload or a bookmark of the page a form with errors
 * rendered) is sent to the page above it, where the form is, instead of a 405.
 */
@Component
class BrowserErrorPages implements HandlerExceptionResolver, ErrorViewResolver, Ordered {

    private static final List<String> API_PREFIXES = List.of("/api/", "/actuator", "/v3/");

    @Override
    public int getOrder() {
        // Before the problem details of the API's advice, which would answer a browser's unknown address too.
        return Ordered.HIGHEST_PRECEDENCE + 1;
    }

    @Override
    public ModelAndView resolveException(
            HttpServletRequest request, HttpServletResponse response, Object handler, Exception e) {
        // No controller has these: the handler is the static resources' one or none.
        if (!isBrowser(request)) {
            return null;
        }
        if (e instanceof NoResourceFoundException) {
            return page(response, HttpStatus.NOT_FOUND);
        }
        if (e instanceof HttpRequestMethodNotSupportedException notSupported) {
            boolean read = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
            String[] supported = notSupported.getSupportedMethods();
            if (read && supported != null && List.of(supported).contains("POST")) {
                RedirectView toForm = new RedirectView(pageAbove(request.getRequestURI()));
                toForm.setStatusCode(HttpStatus.SEE_OTHER);
                return new ModelAndView(toForm);
            }
            return page(response, HttpStatus.METHOD_NOT_ALLOWED);
        }
        return null;
    }

    @Override
    public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
        Object path = model.get("path");
        if (path instanceof String p && API_PREFIXES.stream().anyMatch(p::startsWith)) {
            return null;
        }
        return errorView(status);
    }

    static boolean isBrowser(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (API_PREFIXES.stream().anyMatch(path::startsWith)) {
            return false;
        }
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        return accept != null
                && MediaType.parseMediaTypes(accept).stream()
                        .anyMatch(type -> type.includes(MediaType.TEXT_HTML) && !type.isWildcardType());
    }

    /** {@code /signalen/123/beeindigen} to {@code /signalen/123}: the page with the form that posts there. */
    static String pageAbove(String path) {
        String trimmed = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        int slash = trimmed.lastIndexOf('/');
        return slash <= 0 ? "/" : trimmed.substring(0, slash);
    }

    private static ModelAndView page(HttpServletResponse response, HttpStatus status) {
        response.setStatus(status.value());
        return errorView(status);
    }

    private static ModelAndView errorView(HttpStatus status) {
        SignedInAccount account =
                SiteAdvice.signedIn(SecurityContextHolder.getContext().getAuthentication());
        ModelAndView page = new ModelAndView("error", status);
        page.addObject("account", account);
        page.addObject("navigation", account == null ? List.of() : NavigationItem.forRole(account.role()));
        page.addObject("status", status.value());
        page.addObject("message", null);
        return page;
    }
}
