package se.lishandboken.site.engine;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.asciidoctor.Attributes;
import org.asciidoctor.AttributesBuilder;
import org.asciidoctor.Options;
import org.asciidoctor.SafeMode;
import org.asciidoctor.ast.Document;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;
import org.jbake.parser.MarkupEngine;
import org.jbake.parser.ParserContext;
import se.lishandboken.page.Page;
import se.lishandboken.problem.Problem;
import se.lishandboken.problem.WorkingOn;
import se.lishandboken.problem.ProblemText;
import se.lishandboken.source.ContentFiles;
import se.lishandboken.source.AuthorNotes;
import se.lishandboken.source.ExampleTexts;
import se.lishandboken.source.IncludeDirectives;
import se.lishandboken.source.PageHeader;
import se.lishandboken.source.PageText;
import se.lishandboken.source.PageTypes;
import se.lishandboken.source.SectionIds;
import se.lishandboken.source.SectionSource;
import se.lishandboken.source.SectionText;

/**
 * The AsciiDoc engine for {@code .adoc}, {@code .ad} and {@code .asciidoc}. JBake's own forces
 * {@code SafeMode.UNSAFE} whatever the configuration says; {@link DocumentReader} calls this one
 * directly, never through JBake's engine registry, so JBake's never runs.
 *
 * <p>Asciidoctor runs in {@link SafeMode#SAFE} with the site folder as its jail: an {@code include::}
 * cannot read anything outside the project, and one that tries is reported as an error of the page.
 * Each file is parsed once: the header pass keeps the parsed document for the body pass. A page found
 * in the conversion cache is not parsed at all.
 */
public final class SafeAsciidoctorEngine extends MarkupEngine {
    private static final String PARSED = "lis.parsed";
    private static final String UNUSABLE = "lis.unusable";

    private final BakeSession session;

    /** The engine of one bake. */
    SafeAsciidoctorEngine(BakeSession session) {
        this.session = session;
    }

    @Override
    public void processHeader(ParserContext context) {
        File file = context.getFile();
        Path source = session.relative(file.toPath());
        String uri = ContentFiles.uriOf(session.config().contentDir(), file.toPath());
        Optional<ConversionCache.Slot> slot = session.cache().map(cache -> cache.slot(file.toPath()));
        DocumentModel model = context.getDocumentModel();
        Optional<ConversionCache.Entry> cached = slot.flatMap(ConversionCache.Slot::entry);
        session.countConversion(cached.isPresent());
        if (cached.isPresent()) {
            ConversionCache.Entry entry = cached.get();
            model.setType(entry.type());
            model.setStatus(entry.status());
            model.setTitle(entry.title());
            model.put(PARSED, new PageSource(source, null, uri, entry, null, null, null));
            return;
        }
        List<Problem> includes = IncludeDirectives.check(session.config().siteDir(), file.toPath(), session::relative);
        includes.forEach(session::report);
        Document[] parsed = new Document[1];
        converting(session, source, withoutRepeating(includes, session),
                () -> parsed[0] = AsciidoctorRuntime.asciidoctor().loadFile(file, options(session)));
        Document document = parsed[0];
        PageText text = PageText.of(context.getFileLines());
        PageHeader header = PageHeaderReader.read(source, text, document,
                new PageTypes(Set.copyOf(session.knownTypes()), session.defaultType()), session::report);
        ExampleTexts.problem(source, text, header).ifPresent(session::report);
        AuthorNotes.warning(source, text, header).ifPresent(session::report);
        model.setType(header.type());
        model.setStatus(attribute(document, "jbake-status", session.defaultStatus()));
        model.setTitle(document.getDoctitle());
        model.put(PARSED, new PageSource(source, document, uri, null, slot.orElse(null), header, text));
    }

    @Override
    public void processBody(ParserContext context) {
        PageSource parsed = (PageSource) context.getDocumentModel().remove(PARSED);
        if (parsed.cached() != null) {
            context.setBody(parsed.cached().html());
            parsed.cached().problems().forEach(session::report);
            session.catalog().add(parsed.cached().page());
            return;
        }
        String[] html = new String[1];
        session.converting(parsed.source(), () -> html[0] = BodyHtml.polish(parsed.document().convert(), session.ui().getString("table.region.label")));
        context.setBody(html[0]);
        DocumentModel model = context.getDocumentModel();
        if (!parsed.header().isUsable()) {
            model.put(UNUSABLE, Boolean.TRUE);
            return;
        }
        List<Problem> sectionProblems = new ArrayList<>();
        Page page = PageHeaderReader.page(parsed.header(), parsed.source(), parsed.uri(), parsed.document(), parsed.text(),
                sectionsInText(parsed), session.register(), sectionProblems::add);
        sectionProblems.forEach(session::report);
        session.catalog().add(page);
        List<Problem> problems = session.problemsOf(parsed.source());
        // A section in an included file has its problems there, not among the page's: they too keep the page out of the cache.
        boolean clean = problems.stream().noneMatch(Problem::isError) && sectionProblems.stream().noneMatch(Problem::isError);
        if (parsed.slot() != null && clean) {
            parsed.slot().store(new ConversionCache.Entry(model.getType(), model.getStatus(), model.getTitle(), html[0], page, problems));
        }
    }

    /**
     * The page in {@code file}, parsed and converted; null if its header leaves nothing to render (a
     * management review without a valid review header), which has been reported. Its body is still
     * converted, so every problem of the page is reported at once, as {@code lis check} reports them.
     */
    @Override
    public DocumentModel parse(JBakeConfiguration config, File file) {
        DocumentModel model = super.parse(config, file);
        return model == null || model.remove(UNUSABLE) != null ? null : model;
    }

    /** The page types a page of the site baked with {@code jbake} may declare, by the rule the bake applies. */
    public static PageTypes pageTypes(JBakeConfiguration jbake) {
        return new PageTypes(TemplateCheck.usableTypes(jbake), jbake.getDefaultType());
    }

    /** The page's sections as its text shows them, for the lines of the sections Asciidoctor read. */
    private List<SectionSource> sectionsInText(PageSource parsed) {
        try {
            return SectionText.read(session.config().siteDir(), session.config().siteDir().resolve(parsed.source()), parsed.text(),
                    session::relative);
        } catch (java.io.IOException e) {
            return List.of(); // the page was read a moment ago; without its text, its sections' lines are not known
        }
    }

    /** What the header pass hands to the body pass; never part of the rendered document. */
    private record PageSource(Path source, Document document, String uri, ConversionCache.Entry cached, ConversionCache.Slot slot,
            PageHeader header, PageText text) {
    }

    /**
     * Runs an Asciidoctor call on {@code source} with its data blocks and messages routed to the page,
     * as {@link BakeSession#converting} does, keeping only the messages {@code keep} accepts.
     */
    private static void converting(BakeSession session, Path source, Predicate<Problem> keep, Runnable conversion) {
        Path page = session.config().siteDir().resolve(source);
        String rootPath = "../".repeat(Math.max(0, session.config().contentDir().relativize(page).getNameCount() - 1));
        Consumer<Problem> sink = problem -> {
            if (keep.test(problem)) {
                session.report(problem);
            }
        };
        DataBlockMacro.within(new DataBlockMacro.PageContext(session, source, rootPath),
                () -> AsciidoctorRuntime.logRouter().route(new AsciidoctorLogRouter.Target(source, sink),
                        () -> WorkingOn.on(source, conversion)));
    }

    /**
     * Leaves out Asciidoctor's own report of an include that {@link IncludeDirectives#check} has already
     * reported, in the words {@code lis check} uses: the same file and line, or, for an include outside
     * the project, Asciidoctor's warning without a line.
     */
    private static Predicate<Problem> withoutRepeating(List<Problem> includes, BakeSession session) {
        if (includes.isEmpty()) {
            return problem -> true;
        }
        String includeHint = ProblemText.error(null, 0, "asciidoc.include", "").hint();
        String jailMessage = ProblemText.error(null, 0, "asciidoc.jail").message();
        Set<String> reported = includes.stream().map(Problem::location).collect(java.util.stream.Collectors.toSet());
        boolean jailReported = includes.stream().anyMatch(problem -> problem.message().equals(jailMessage));
        return problem -> {
            boolean aboutInclude = includeHint.equals(problem.hint()) || jailMessage.equals(problem.message());
            if (!aboutInclude) {
                return true;
            }
            Path file = problem.file() == null ? null : session.relative(problem.file());
            String location = new Problem(problem.severity(), file, problem.line(), 0, null, problem.message(), null).location();
            return !reported.contains(location) && !(problem.line() == 0 && jailReported);
        };
    }

    static Options options(BakeSession session) {
        AttributesBuilder attributes = Attributes.builder()
                .attribute("idprefix", SectionIds.PREFIX)
                .attribute("idseparator", SectionIds.SEPARATOR)
                .attribute("lang", session.config().locale().getLanguage())
                .attribute("max-include-depth", String.valueOf(IncludeDirectives.MAX_DEPTH))
                // Example blocks are titled by their authors ("Exempeltext – …"), not numbered.
                .attribute("example-caption!", "");
        for (Map.Entry<String, String> caption : session.asciidocCaptions().entrySet()) {
            // A trailing @ lets a page override the value.
            attributes.attribute(caption.getKey(), caption.getValue() + "@");
        }
        return Options.builder()
                .safe(SafeMode.SAFE)
                .baseDir(session.config().siteDir().toFile())
                .standalone(false)
                .attributes(attributes.build())
                .build();
    }

    private static String attribute(Document document, String name, String fallback) {
        Object value = document.getAttribute(name);
        return value == null || value.toString().isBlank() ? fallback : value.toString().strip();
    }
}
