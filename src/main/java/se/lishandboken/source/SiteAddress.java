package se.lishandboken.source;

import java.nio.file.Path;

/** How a link's path in a page becomes an address in the site, for the build's link checker and for lis check. */
public final class SiteAddress {

    private SiteAddress() {
    }

    /**
     * Resolves {@code path} against the folder of the page at {@code pageUri}, e.g. {@code ../register/a.html}
     * from {@code rutiner/b.html} gives {@code register/a.html}.
     *
     * @return the address from the site root; null if the path climbs above it
     */
    public static String resolve(String pageUri, String path) {
        Path base = Path.of("/" + pageUri).getParent();
        Path resolved = (path.startsWith("/") ? Path.of(path) : base.resolve(path)).normalize();
        String result = resolved.toString().replace('\\', '/');
        if (!result.startsWith("/") || result.startsWith("/..")) {
            return null;
        }
        return result.substring(1) + (path.endsWith("/") && !result.equals("/") ? "/" : "");
    }
}
