package se.lishandboken.lint;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.lishandboken.source.PageText;

/**
 * A {@code link:} or {@code image:} macro in a page's text, and the address Asciidoctor gives it: a
 * link's target as written, an image's below the page's {@code :imagesdir:}. The build checks these
 * addresses in the HTML; {@code lis check} checks them by the same rule ({@link SiteLinks}).
 *
 * @param address the {@code href} or {@code src} in the HTML
 * @param image whether it is an image, which the build reports as a missing resource rather than a broken link
 * @param line the 1-based line it is on
 */
record MacroTarget(String address, boolean image, int line) {
    private static final Pattern LINK = Pattern.compile("(\\\\?)\\blink:(?!//)([^\\s\\[]+)\\[");
    private static final Pattern IMAGE = Pattern.compile("(\\\\?)\\bimage::?([^\\s\\[:][^\\s\\[]*)\\[");

    /** Every link and image macro in the prose of {@code text}; targets that name an attribute are left to the build. */
    static List<MacroTarget> in(PageText text) {
        String imagesDir = text.attribute("imagesdir").map(dir -> dir.endsWith("/") ? dir : dir + "/").orElse("");
        List<MacroTarget> targets = new ArrayList<>();
        for (int index = 0; index < text.lines().size(); index++) {
            if (!text.isProse(index)) {
                continue;
            }
            String line = text.lines().get(index);
            Matcher link = LINK.matcher(line);
            while (link.find()) {
                if (link.group(1).isEmpty() && !link.group(2).contains("{")) {
                    targets.add(new MacroTarget(link.group(2), false, index + 1));
                }
            }
            Matcher image = IMAGE.matcher(line);
            while (image.find()) {
                String target = image.group(2);
                if (image.group(1).isEmpty() && !target.contains("{")) {
                    boolean asWritten = target.startsWith("/") || target.contains("://") || target.startsWith("data:");
                    targets.add(new MacroTarget(asWritten ? target : imagesDir + target, true, index + 1));
                }
            }
        }
        return targets;
    }
}
