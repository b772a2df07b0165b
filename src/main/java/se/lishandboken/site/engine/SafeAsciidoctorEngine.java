package se.lishandboken.site.engine;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.asciidoctor.Attributes;
import org.asciidoctor.AttributesBuilder;
import org.asciidoctor.Options;
import org.asciidoctor.SafeMode;
import org.asciidoctor.ast.Document;
import org.jbake.model.DocumentModel;
import org.jbake.parser.MarkupEngine;
import org.jbake.parser.ParserContext;
import se.lishandboken.page.Page;
import se.lishandboken.problem.Problem;
import se.lishandboken.problem.ProblemText;
import se.lishandboken.source.ContentFiles;
import se.lishandboken.source.IncludeDirectives;
import se.lishandboken.source.SectionIds;

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

    @Override
    public void processHeader(ParserContext context) {
        BakeSession session = BakeSession.of(context.getConfig());
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
            model.put(PARSED, new PageSource(source, null, uri, entry, null));
            return;
        }
        Document[] parsed = new Document[1];
        session.converting(source, () -> parsed[0] = AsciidoctorRuntime.asciidoctor().loadFile(file, options(session)));
        Document document = parsed[0];

        String type = attribute(document, "jbake-type", session.defaultType());
        if (!session.isKnownType(type)) {
            session.report(ProblemText.error(source, PageHeaderReader.lineOf(context.getFileLines(), "jbake-type"),
                    "page.type.unknown", type, String.join(", ", session.knownTypes())));
        }
        model.setType(type);
        model.setStatus(attribute(document, "jbake-status", session.defaultStatus()));
        model.setTitle(document.getDoctitle());
        model.put(PARSED, new PageSource(source, document, uri, null, slot.orElse(null)));
    }

    @Override
    public void processBody(ParserContext context) {
        BakeSession session = BakeSession.of(context.getConfig());
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
        Page page = new PageHeaderReader(parsed.source(), context.getFileLines(), session::report)
                .read(parsed.document(), parsed.uri(), context.getDocumentModel().getType());
        session.catalog().add(page);
        DocumentModel model = context.getDocumentModel();
        List<Problem> problems = session.problemsOf(parsed.source());
        if (parsed.slot() != null && problems.stream().noneMatch(Problem::isError)) {
            parsed.slot().store(new ConversionCache.Entry(model.getType(), model.getStatus(), model.getTitle(), html[0], page, problems));
        }
    }

    /** What the header pass hands to the body pass; never part of the rendered document. */
    private record PageSource(Path source, Document document, String uri, ConversionCache.Entry cached, ConversionCache.Slot slot) {
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
