package se.lishandboken.lint;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.jbake.app.configuration.DefaultJBakeConfiguration;
import se.lishandboken.config.SiteConfig;
import se.lishandboken.page.Heading;
import se.lishandboken.page.Page;
import se.lishandboken.problem.Problem;
import se.lishandboken.problem.WorkingOn;
import se.lishandboken.register.Register;
import se.lishandboken.site.engine.JBakeSetup;
import se.lishandboken.site.engine.SafeAsciidoctorEngine;
import se.lishandboken.site.engine.TemplateCheck;
import se.lishandboken.source.ContentFiles;
import se.lishandboken.source.ThemeFiles;
import se.lishandboken.source.DataBlock;
import se.lishandboken.source.AuthorNotes;
import se.lishandboken.source.ExampleTexts;
import se.lishandboken.source.IncludeDirectives;
import se.lishandboken.source.PageHeader;
import se.lishandboken.source.PageSections;
import se.lishandboken.source.PageText;
import se.lishandboken.source.PageTypes;
import se.lishandboken.source.RegisterStubs;
import se.lishandboken.source.SectionText;
import se.lishandboken.source.SourceCheck;

/**
 * Checks the site's pages by the build's rules, without Asciidoctor: the source folders and file names,
 * the templates, each page's header, sections (a review's {@code iso} marks and reserved ids), includes and
 * data blocks, the links its cross references make, the warnings it gives, and the management reviews' seals.
 */
public final class AsciidocLint {
    private final SiteConfig config;
    private final DefaultJBakeConfiguration jbake;
    private final PageTypes types;
    private final List<Problem> problems = new ArrayList<>();

    private AsciidocLint(SiteConfig config) {
        this.config = config;
        this.jbake = JBakeSetup.configure(config, config.siteDir().resolve("output"));
        this.types = SafeAsciidoctorEngine.pageTypes(jbake);
    }

    /** Every problem found in the site's AsciiDoc sources; errors stop a build the same way. */
    public static List<Problem> check(SiteConfig config, LocalDate today) {
        return check(config, today, null);
    }

    /**
     * Every problem found in the site's AsciiDoc sources and, given the loaded {@code register} (null if
     * it did not load), in their data blocks' roles and the management reviews' seals.
     */
    public static List<Problem> check(SiteConfig config, LocalDate today, Register register) {
        return new AsciidocLint(config).run(today, register);
    }

    private List<Problem> run(LocalDate today, Register register) {
        problems.addAll(SourceCheck.check(config));
        List<Problem> templates = TemplateCheck.missingTemplates(jbake);
        problems.addAll(templates);
        if (!templates.isEmpty() || problems.stream().anyMatch(Problem::isError)) {
            // The build stops here too: without its templates a site's page types are not known, and a page it
            // would not read, or would give no working address, would make every link to it look broken.
            return problems;
        }
        ContentFiles content = ContentFiles.in(config.contentDir(), jbake.getIgnoreFileName());
        Predicate<String> isRole = register == null ? null : role -> register.organisation().role(role).isPresent();
        List<Problem> pageProblems = new ArrayList<>();
        List<SourcePage> pages = new ArrayList<>();
        for (Path file : content.pages()) {
            WorkingOn.on(config.relative(file), () -> read(file, isRole, register, pageProblems)).ifPresent(pages::add);
        }
        SiteLinks links = new SiteLinks(written(pages), files(content, register));
        for (SourcePage page : pages) {
            for (Xref xref : Xref.in(page.text())) {
                links.check(page.source(), xref.line(), page.uri(), xref.href(page.docname(), page.anchors())).ifPresent(pageProblems::add);
            }
            for (MacroTarget target : MacroTarget.in(page.text())) {
                (target.image() ? links.checkResource(page.source(), target.line(), page.uri(), target.address())
                        : links.check(page.source(), target.line(), page.uri(), target.address())).ifPresent(pageProblems::add);
            }
        }
        List<Page> catalog = pages.stream().map(SourcePage::page).flatMap(Optional::stream).toList();
        catalog.forEach(page -> pageProblems.addAll(page.warnings(today)));
        if (register != null) {
            pageProblems.addAll(se.lishandboken.view.ControlCoverage.problems(register, catalog, config.siteDir()));
        }
        pageProblems.sort(Comparator.comparing((Problem problem) -> problem.file().toString()).thenComparingInt(Problem::line));
        problems.addAll(pageProblems);
        if (register != null) {
            problems.addAll(ReviewLint.check(config, catalog, register));
        }
        return problems;
    }

    /**
     * The page in {@code file}, with its header's, sections', includes' and data blocks' problems; empty for an
     * empty page, which the build skips. Like the build, it leaves the sections of a page it will not render unchecked.
     */
    private Optional<SourcePage> read(Path file, Predicate<String> isRole, Register register, List<Problem> into) {
        try {
            PageText text = PageText.read(file);
            if (text.isBlank()) {
                return Optional.empty(); // reported by SourceCheck
            }
            Path source = config.relative(file);
            PageHeader header = PageHeader.read(source, text, text::value, types, into::add);
            ExampleTexts.problem(source, text, header).ifPresent(into::add);
            AuthorNotes.warning(source, text, header).ifPresent(into::add);
            into.addAll(IncludeDirectives.check(config.siteDir(), file, config::relative));
            String reviewYear = text.value("review-year").orElse(null);
            String reviewDate = text.value("review-date").orElse(null);
            for (int index = 0; index < text.lines().size(); index++) {
                int line = index + 1;
                if (text.isProse(index)) {
                    DataBlock.on(text.lines().get(index))
                            .ifPresent(block -> into.addAll(block.problems(source, line, isRole, reviewYear, reviewDate)));
                }
            }
            List<Heading> headings = header.isUsable()
                    ? PageSections.read(source, header.type(), header.review(), text.titleLine(),
                            SectionText.read(config.siteDir(), file, text, config::relative), register, into::add)
                    : List.of();
            String uri = ContentFiles.uriOf(config.contentDir(), file);
            return Optional.of(new SourcePage(file, source, text, header, headings, uri, written(uri, header),
                    PageAnchors.of(config.siteDir(), file, text)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Where the build writes the page: its address with its type's output ending, a draft too. */
    private String written(String uri, PageHeader header) {
        return uri.substring(0, uri.lastIndexOf('.')) + jbake.getOutputExtensionByDocType(header.type());
    }

    /**
     * The pages by where the build writes them. A page the build will not render because of an error in
     * its header counts as written: the links to and on it are checked as they will be once that is fixed.
     */
    private static Map<String, PageAnchors> written(List<SourcePage> pages) {
        Map<String, PageAnchors> written = new LinkedHashMap<>();
        for (SourcePage page : pages) {
            written.put(page.written(), page.anchors());
        }
        return written;
    }

    /** The other files the build writes: the content folder's other files, assets/, and the asset pages. */
    private Set<String> files(ContentFiles content, Register register) {
        Set<String> files = new HashSet<>();
        for (Path file : content.others()) {
            files.add(address(config.contentDir(), file));
        }
        files.addAll(ThemeFiles.assets(config.assetsDir(), jbake.getIgnoreFileName(), jbake.getAssetIgnoreHidden()).keySet());
        String assets = RegisterStubs.find(config).get("assets");
        if (register != null && assets != null) {
            String folder = assets.substring(0, assets.length() - ".html".length()) + "/";
            register.forIntranet().assets().forEach(asset -> files.add(folder + asset.id() + ".html"));
        }
        return files;
    }

    private static String address(Path root, Path file) {
        return root.toAbsolutePath().normalize().relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/');
    }
}
