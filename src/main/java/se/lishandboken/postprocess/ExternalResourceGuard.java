package se.lishandboken.postprocess;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.nodes.Element;
import se.lishandboken.problem.Problem;
import se.lishandboken.problem.ProblemText;

/**
 * Refuses any page or stylesheet that would make the reader's browser fetch something from another
 * host (script, style, font, image, frame, media, form target), and any {@code javascript:} URL.
 * The intranet handbook must work, and leak nothing, with no network beyond its own server.
 */
final class ExternalResourceGuard {
    private static final String[][] RESOURCES = {
        {"script", "src"}, {"link", "href"}, {"img", "src"}, {"img", "srcset"}, {"source", "src"},
        {"source", "srcset"}, {"iframe", "src"}, {"frame", "src"}, {"embed", "src"}, {"object", "data"},
        {"video", "src"}, {"video", "poster"}, {"audio", "src"}, {"track", "src"}, {"input", "src"},
        {"image", "href"}, {"use", "href"}, {"form", "action"}, {"base", "href"},
    };
    private static final Pattern CSS_URL = Pattern.compile("(?:url\\(\\s*['\"]?|@import\\s+['\"])([^'\")\\s]+)", Pattern.CASE_INSENSITIVE);

    private ExternalResourceGuard() {
    }

    static List<Problem> check(HtmlPage page) {
        List<Problem> problems = new ArrayList<>();
        for (String[] resource : RESOURCES) {
            for (Element element : page.document().select(resource[0] + "[" + resource[1] + "]")) {
                for (String url : urls(element.attr(resource[1]), resource[1].equals("srcset"))) {
                    if (isExternal(url)) {
                        problems.add(external(page.reportedFile(), "<" + resource[0] + " " + resource[1] + "=\"" + url + "\">"));
                    }
                }
            }
        }
        for (Element element : page.document().select("[href^=javascript:], [src^=javascript:], [HREF^=javascript:]")) {
            problems.add(ProblemText.error(page.reportedFile(), 0, "link.javascript"));
        }
        for (Element style : page.document().select("style")) {
            cssUrls(style.data()).filter(ExternalResourceGuard::isExternal)
                    .forEach(url -> problems.add(external(page.reportedFile(), "<style> url(" + url + ")")));
        }
        for (Element styled : page.document().select("[style]")) {
            cssUrls(styled.attr("style")).filter(ExternalResourceGuard::isExternal)
                    .forEach(url -> problems.add(external(page.reportedFile(), "style=\"url(" + url + ")\"")));
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
                        .forEach(url -> problems.add(external(relative, "url(" + url + ")")));
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

    private static Problem external(Path file, String what) {
        return ProblemText.error(file, 0, "resource.external", what);
    }
}
