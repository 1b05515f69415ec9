package nl.verwijsindex.site.web;

import java.util.List;

import nl.verwijsindex.account.Role;

/** One entry of the main menu. */
record NavigationItem(String label, String href) {

    /** The menu per role; pages of other roles follow the professional's (issue 6, later parts). */
    static List<NavigationItem> forRole(Role role) {
        return switch (role) {
            case PROFESSIONAL -> List.of(new NavigationItem("Start", "/"), new NavigationItem("Nieuw signaal", "/signalen/nieuw"),
                    new NavigationItem("Mijn signalen", "/signalen"), new NavigationItem("Mijn matches", "/matches"),
                    new NavigationItem("Berichten", "/berichten"));
            default -> List.of(new NavigationItem("Start", "/"));
        };
    }

    /** For aria-current: the start page only on "/", a section also on its sub-pages. */
    public boolean isCurrent(String path) {
        if (path == null) {
            return false;
        }
        if (href.equals("/") || href.equals("/signalen")) {
            return path.equals(href) || href.equals("/signalen") && path.equals("/signalen/archief");
        }
        return path.equals(href) || path.startsWith(href + "/");
    }
}
