package se.lishandboken.config;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The site's UI strings (header, footer, labels) in the configured locale: the built-in theme's
 * {@code lis/theme/ui*.properties}, each replaced by the site's own {@code ui.properties} if it sets the key.
 *
 * <p>The words an organisation uses for its roles, systems and documents are the {@code term.*} keys.
 * Other strings name them as <code>{term.incident-system}</code>, or <code>{Term.incident-system}</code> to
 * start with a capital, so a site that renames a term once changes every text that uses it.
 */
public final class UiBundle extends ResourceBundle {
    static final String BASE_NAME = "lis.theme.ui";
    /** The site's own UI strings, beside jbake.properties. */
    public static final String SITE_FILE = "ui.properties";
    private static final Pattern TERM = Pattern.compile("\\{([Tt])erm\\.([a-z0-9.-]+)}");

    private final Locale locale;
    private final Map<String, String> strings;

    private UiBundle(Locale locale, Map<String, String> strings) {
        this.locale = locale;
        this.strings = Map.copyOf(strings);
    }

    public static ResourceBundle load(SiteConfig config) {
        return load(config.locale(), config.siteDir().resolve(SITE_FILE));
    }

    /** The UI strings for {@code locale}, with the site's own from {@code siteFile} if it exists. */
    public static ResourceBundle load(Locale locale, Path siteFile) {
        ResourceBundle builtIn = ResourceBundle.getBundle(BASE_NAME, locale);
        Map<String, String> strings = new HashMap<>();
        builtIn.keySet().forEach(key -> strings.put(key, builtIn.getString(key)));
        if (siteFile != null && Files.isRegularFile(siteFile)) {
            Properties own = new Properties();
            try (Reader in = Files.newBufferedReader(siteFile, StandardCharsets.UTF_8)) {
                own.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            own.stringPropertyNames().forEach(key -> strings.put(key, own.getProperty(key)));
        }
        return new UiBundle(builtIn.getLocale(), withTerms(strings));
    }

    /** The UI strings for {@code locale}; the publish step uses the locale a release was built with. */
    public static ResourceBundle load(Locale locale) {
        return load(locale, null);
    }

    /**
     * A problem for each term the site's {@code ui.properties} names that no {@code term.*} key defines,
     * at its line.
     */
    static java.util.List<se.lishandboken.problem.Problem> unknownTerms(Path siteDir) {
        Path file = siteDir.resolve(SITE_FILE);
        if (!Files.isRegularFile(file)) {
            return java.util.List.of();
        }
        ResourceBundle strings = load(Locale.ROOT, file);
        java.util.List<se.lishandboken.problem.Problem> problems = new java.util.ArrayList<>();
        try {
            java.util.List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                Matcher reference = TERM.matcher(lines.get(i));
                while (reference.find()) {
                    if (!strings.containsKey("term." + reference.group(2))) {
                        problems.add(se.lishandboken.problem.ProblemText.error(Path.of(SITE_FILE), i + 1, "config.ui.term.unknown",
                                reference.group(), "term." + reference.group(2)));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return problems;
    }

    /** Every string with its term references replaced by the terms' values. */
    private static Map<String, String> withTerms(Map<String, String> strings) {
        Map<String, String> expanded = new HashMap<>();
        strings.forEach((key, value) -> {
            Matcher reference = TERM.matcher(value);
            StringBuilder text = new StringBuilder();
            while (reference.find()) {
                String term = strings.get("term." + reference.group(2));
                if (term == null) {
                    continue; // ConfigLoader has reported it; the reference stays as written
                }
                String shown = reference.group(1).equals("T") && !term.isEmpty()
                        ? term.substring(0, 1).toUpperCase(Locale.ROOT) + term.substring(1) : term;
                reference.appendReplacement(text, Matcher.quoteReplacement(shown));
            }
            reference.appendTail(text);
            expanded.put(key, text.toString());
        });
        return expanded;
    }

    /** The locale the strings are in: message formats read numbers and dates in it. */
    @Override
    public Locale getLocale() {
        return locale;
    }

    @Override
    protected Object handleGetObject(String key) {
        return strings.get(key);
    }

    @Override
    public Enumeration<String> getKeys() {
        return Collections.enumeration(new TreeSet<>(strings.keySet()));
    }
}
