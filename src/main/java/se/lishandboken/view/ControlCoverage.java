package se.lishandboken.view;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import se.lishandboken.page.Heading;
import se.lishandboken.page.Page;
import se.lishandboken.problem.Problem;
import se.lishandboken.problem.ProblemText;
import se.lishandboken.problem.SourceLine;
import se.lishandboken.register.Control;
import se.lishandboken.register.Register;

/**
 * Which handbook sections implement each control ({@code controls=} on a section), and the rule the build and
 * {@code lis check} share: an applicable control that no section implements is a warning.
 */
public final class ControlCoverage {
    /** Where the Statement of Applicability is written, as messages name it. */
    public static final Path CONTROLS_FILE = Path.of("data", "controls.json");

    /**
     * One section that says it implements a control.
     *
     * @param page the page it stands on
     * @param heading the section
     */
    public record Implementing(Page page, Heading heading) {

        /** The section's address from the site root, e.g. {@code rutiner/behorighetsrevision.html#granskning}. */
        public String href() {
            return page.uri() + "#" + heading.id();
        }
    }

    private ControlCoverage() {
    }

    /** The sections that implement each control, by its key ({@code 5.15}, {@code klassa:K1}), in page order. */
    public static Map<String, List<Implementing>> of(List<Page> pages) {
        Map<String, List<Implementing>> byKey = new LinkedHashMap<>();
        for (Page page : pages.stream().sorted(java.util.Comparator.comparing(Page::uri)).toList()) {
            for (Heading heading : page.headings()) {
                heading.controls().forEach(key -> byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(new Implementing(page, heading)));
            }
        }
        return byKey;
    }

    /**
     * An applicable control of {@code register} that no section of {@code pages} implements, each a warning at its
     * line in {@code data/controls.json}.
     *
     * @param siteDir the site folder, to find the lines
     */
    public static List<Problem> problems(Register register, List<Page> pages, Path siteDir) {
        if (register.controls().isEmpty()) {
            return List.of();
        }
        Map<String, List<Implementing>> implemented = of(pages);
        List<String> lines = lines(siteDir.resolve(CONTROLS_FILE));
        List<Problem> problems = new ArrayList<>();
        for (Control control : register.controls()) {
            if (control.applicable() && !implemented.containsKey(control.key())) {
                String title = register.frameworks().control(control).map(entry -> entry.title()).orElse("");
                Pattern id = Pattern.compile("\"id\"\\s*:\\s*\"" + Pattern.quote(control.id()) + "\"");
                problems.add(ProblemText.warning(CONTROLS_FILE, SourceLine.first(lines, line -> id.matcher(line).find()),
                        "soa.control.unimplemented", control.key(), title));
            }
        }
        return problems;
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return List.of();
        }
    }
}
