package se.lishandboken.postprocess;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import se.lishandboken.page.Page;
import se.lishandboken.problem.Problem;
import se.lishandboken.problem.ProblemText;

/**
 * Refuses any page or stylesheet that would make the reader's browser fetch something from another
 * host (script, style, font, image, frame, media, form target, ping), any automatic redirect, and
 * any inline script or event handler. The intranet handbook must work, and leak nothing, with no
 * network beyond its own server; the Content-Security-Policy is the second line, not the first.
 */
final class ExternalResourceGuard {
    /** Attributes whose URL the browser fetches or submits to by itself. */
    private static final Set<String> FETCHED = Set.of("src", "srcset", "poster", "data", "action", "formaction",
            "background", "ping", "xlink:href", "manifest", "codebase", "archive", "lowsrc", "dynsrc");
    /** Elements whose {@code href} is fetched, not merely followed by a click. */
    private static final Set<String> FETCHED_HREF = Set.of("link", "image", "use", "script", "feimage", "base");
    private static final Pattern CSS_URL = Pattern.compile("(?:url\\(\\s*['\"]?|@import\\s+['\"])([^'\")\\s]+)", Pattern.CASE_INSENSITIVE);

    private final Path siteDir;

    ExternalResourceGuard(Path siteDir) {
        this.siteDir = siteDir;
    }

    List<Problem> check(HtmlPage page) {
        return problems(page.uri(), page.page(), findings(page.document()));
    }

    /** What the guard refuses in a parsed page, in document order; empty if nothing. */
    static List<GuardFinding> findings(Document document) {
        List<GuardFinding> findings = new ArrayList<>();
        for (Element element : document.getAllElements()) {
            String tag = element.normalName();
            for (Attribute attribute : element.attributes()) {
                String name = attribute.getKey().toLowerCase(Locale.ROOT);
                String value = attribute.getValue();
                if (name.startsWith("on") || name.equals("srcdoc") || value.strip().toLowerCase(Locale.ROOT).startsWith("javascript:")) {
                    findings.add(finding("resource.inline-script", value, name + "=\"" + shorten(value) + "\""));
                } else if (FETCHED.contains(name) || (name.equals("href") && FETCHED_HREF.contains(tag))) {
                    for (String url : urls(value, name.equals("srcset"))) {
                        if (isExternal(url)) {
                            findings.add(finding("resource.external", url, "<" + tag + " " + name + "=\"" + url + "\">"));
                        }
                    }
                } else if (name.equals("style")) {
                    cssUrls(value).filter(ExternalResourceGuard::isExternal)
                            .forEach(url -> findings.add(finding("resource.external", url, "style=\"url(" + url + ")\"")));
                }
            }
            if (tag.equals("script") && !element.hasAttr("src")) {
                findings.add(finding("resource.inline-script", element.data(), "<script>" + shorten(element.data()) + "</script>"));
            }
            if (tag.equals("style")) {
                cssUrls(element.data()).filter(ExternalResourceGuard::isExternal)
                        .forEach(url -> findings.add(finding("resource.external", url, "<style> url(" + url + ")")));
            }
            if (tag.equals("meta") && element.attr("http-equiv").equalsIgnoreCase("refresh")) {
                findings.add(finding("resource.refresh", element.attr("content")));
            }
        }
        return findings;
    }

    /** The problems of the page {@code uri}, baked from {@code page} (null for a generated file), for its findings. */
    List<Problem> problems(String uri, Page page, List<GuardFinding> findings) {
        List<Problem> problems = new ArrayList<>();
        for (GuardFinding finding : findings) {
            problems.add(ProblemText.error(HtmlPage.reportedFile(uri, page), SourceLines.find(siteDir, page, finding.needle()),
                    finding.key(), finding.arguments().toArray()));
        }
        return problems;
    }

    /** Checks every stylesheet in the output folder for external {@code url()} and {@code @import}. */
    static List<Problem> checkStylesheets(Path outputDir) {
        List<Problem> problems = new ArrayList<>();
        try (Stream<Path> files = Files.walk(outputDir)) {
            for (Path css : files.filter(f -> f.toString().endsWith(".css")).sorted().toList()) {
                Path relative = outputDir.relativize(css);
                cssUrls(Files.readString(css, StandardCharsets.UTF_8)).filter(ExternalResourceGuard::isExternal)
                        .forEach(url -> problems.add(ProblemText.error(relative, 0, "resource.external", "url(" + url + ")")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return problems;
    }

    static boolean isExternal(String url) {
        String value = url.strip().toLowerCase(Locale.ROOT);
        if (value.startsWith("//")) {
            return true;
        }
        int colon = value.indexOf(':');
        int slash = value.indexOf('/');
        boolean hasScheme = colon > 0 && (slash < 0 || colon < slash) && value.substring(0, colon).matches("[a-z][a-z0-9+.-]*");
        return hasScheme && !value.startsWith("data:") && !value.startsWith("blob:");
    }

    private static GuardFinding finding(String key, String needle, String... arguments) {
        return new GuardFinding(key, needle, List.of(arguments));
    }

    private static String shorten(String text) {
        String flat = text.strip().replaceAll("\\s+", " ");
        return flat.length() <= 60 ? flat : flat.substring(0, 57) + "...";
    }

    private static List<String> urls(String value, boolean srcset) {
        if (!srcset) {
            return List.of(value);
        }
        return Stream.of(value.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .map(candidate -> candidate.split("\\s+")[0]).toList();
    }

    private static Stream<String> cssUrls(String css) {
        Matcher matcher = CSS_URL.matcher(css);
        List<String> found = new ArrayList<>();
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found.stream();
    }
}
