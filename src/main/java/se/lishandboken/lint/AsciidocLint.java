package se.lishandboken.lint;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import se.lishandboken.config.SiteConfig;
import se.lishandboken.page.ReviewHeader;
import se.lishandboken.problem.Problem;
import se.lishandboken.problem.ProblemText;
import se.lishandboken.source.IncludeDirectives;
import se.lishandboken.source.SourceCheck;

/** Checks every page under content/ as text: header, page type, dates, xrefs and their sections, includes. */
public final class AsciidocLint {
    private static final Pattern XREF = Pattern.compile("xref:([^\\[\\s]+)\\[");
    private static final Pattern REFERENCE = Pattern.compile("<<([^>,]+)(?:,[^>]*)?>>");
    private static final List<String> DATE_ATTRIBUTES = List.of("approved-date", "next-review", "review-date");

    private final SiteConfig config;
    private final Set<String> knownTypes;
    private final Map<Path, SourcePage> pages = new HashMap<>();
    private final List<Problem> problems = new ArrayList<>();

    private final LocalDate today;

    private AsciidocLint(SiteConfig config, Set<String> knownTypes, LocalDate today) {
        this.config = config;
        this.knownTypes = knownTypes;
        this.today = today;
    }

    /** Every problem found in the site's AsciiDoc sources; errors stop a build the same way. */
    public static List<Problem> check(SiteConfig config, LocalDate today) {
        return check(config, today, null);
    }

    /**
     * Every problem found in the site's AsciiDoc sources and, given the loaded {@code register} (null if
     * it did not load), in the management reviews' periods and seals.
     */
    public static List<Problem> check(SiteConfig config, LocalDate today, se.lishandboken.register.Register register) {
        AsciidocLint lint = new AsciidocLint(config, knownTypes(config), today);
        lint.problems.addAll(SourceCheck.check(config));
        lint.run();
        if (register != null) {
            lint.problems.addAll(ReviewLint.check(config, lint.pages.values(), register));
        }
        return lint.problems;
    }

    /** The page types with a template: "page", and every {@code template.TYPE.file} in jbake.properties. */
    private static Set<String> knownTypes(SiteConfig config) {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(config.siteDir().resolve("jbake.properties"))) {
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Set<String> types = new TreeSet<>(Set.of("page"));
        for (String key : properties.stringPropertyNames()) {
            if (key.startsWith("template.") && key.endsWith(".file")) {
                types.add(key.substring("template.".length(), key.length() - ".file".length()));
            }
        }
        return types;
    }

    private void run() {
        if (!Files.isDirectory(config.contentDir())) {
            return;
        }
        try (Stream<Path> files = Files.walk(config.contentDir())) {
            for (Path file : files.filter(f -> f.toString().endsWith(".adoc") && Files.isRegularFile(f)).sorted().toList()) {
                checkPage(page(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private SourcePage page(Path file) throws IOException {
        Path key = file.toAbsolutePath().normalize();
        SourcePage page = pages.get(key);
        if (page == null) {
            page = SourcePageReader.read(key);
            pages.put(key, page);
        }
        return page;
    }

    private void checkPage(SourcePage page) throws IOException {
        Path relative = config.relative(page.file());
        if (page.title() == null && !page.lines().stream().allMatch(String::isBlank)) {
            problems.add(ProblemText.error(relative, 1, "page.title.missing"));
        }
        String type = page.attributes().get("jbake-type");
        if (type != null && !knownTypes.contains(type)) {
            problems.add(ProblemText.error(relative, page.attributeLines().get("jbake-type"), "page.type.unknown", type,
                    String.join(", ", knownTypes)));
        }
        for (String name : DATE_ATTRIBUTES) {
            String value = page.attributes().get(name);
            if (value != null && !value.isEmpty()) {
                try {
                    LocalDate date = LocalDate.parse(value);
                    if (name.equals("next-review") && date.isBefore(today) && !ReviewHeader.PAGE_TYPE.equals(type)) {
                        problems.add(ProblemText.warning(relative, page.attributeLines().get(name), "page.overdue", value));
                    }
                } catch (DateTimeParseException e) {
                    problems.add(ProblemText.error(relative, page.attributeLines().get(name), "header.date.invalid", name, value));
                }
            }
        }
        String navOrder = page.attributes().get("nav-order");
        if (navOrder != null && !navOrder.matches("-?\\d+")) {
            problems.add(ProblemText.error(relative, page.attributeLines().get("nav-order"), "header.nav-order.invalid", navOrder));
        }
        for (int index = 0; index < page.lines().size(); index++) {
            String line = page.lines().get(index);
            if (line.startsWith("//")) {
                continue;
            }
            int number = index + 1;
            Optional<String> include = IncludeDirectives.target(line);
            if (include.isPresent()) {
                checkInclude(relative, number, include.get());
            }
            Matcher xref = XREF.matcher(line);
            while (xref.find()) {
                checkTarget(page, relative, number, xref.group(1));
            }
            Matcher reference = REFERENCE.matcher(line);
            while (reference.find()) {
                checkTarget(page, relative, number, reference.group(1).strip());
            }
        }
    }

    private void checkInclude(Path relative, int line, String target) throws IOException {
        if (target.contains("{")) {
            return; // an attribute in the path; Asciidoctor resolves it in the build
        }
        Path file = IncludeDirectives.fromPage(config.siteDir(), target);
        if (!file.startsWith(config.siteDir().toAbsolutePath().normalize())
                || Files.exists(file) && !file.toRealPath().startsWith(config.siteDir().toRealPath())) {
            problems.add(ProblemText.error(relative, line, "asciidoc.jail"));
        } else if (!Files.isRegularFile(file)) {
            problems.add(ProblemText.error(relative, line, "lint.include.missing", target));
        }
    }

    /** An xref or {@code <<…>>} target: {@code page.adoc}, {@code page.adoc#id}, {@code #id} or {@code id}. */
    private void checkTarget(SourcePage page, Path relative, int line, String target) throws IOException {
        if (target.contains("{") || target.contains("://")) {
            return;
        }
        int hash = target.indexOf('#');
        String path = hash < 0 ? (target.contains(".adoc") ? target : "") : target.substring(0, hash);
        String id = hash < 0 ? (target.contains(".adoc") ? null : target) : target.substring(hash + 1);
        SourcePage targetPage = page;
        if (!path.isEmpty()) {
            Path file = page.file().getParent().resolve(path.endsWith(".adoc") ? path : path + ".adoc").normalize();
            if (!Files.isRegularFile(file)) {
                problems.add(ProblemText.error(relative, line, "link.broken", target, config.relative(file)));
                return;
            }
            targetPage = page(file);
        }
        if (id != null && !id.isEmpty() && !targetPage.ids().contains(id)) {
            problems.add(ProblemText.error(relative, line, "anchor.broken", target, config.relative(targetPage.file()), id));
        }
    }
}
