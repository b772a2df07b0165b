package se.lishandboken.site;

import java.io.File;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.asciidoctor.AttributesBuilder;
import org.asciidoctor.Attributes;
import org.asciidoctor.Options;
import org.asciidoctor.SafeMode;
import org.asciidoctor.ast.Document;
import org.jbake.model.DocumentModel;
import org.jbake.parser.MarkupEngine;
import org.jbake.parser.ParserContext;
import se.lishandboken.problem.Problem;
import se.lishandboken.problem.ProblemText;

/**
 * The AsciiDoc engine for {@code .adoc}, {@code .ad} and {@code .asciidoc}, replacing JBake's own,
 * which forces {@code SafeMode.UNSAFE} whatever the configuration says.
 *
 * <p>Asciidoctor runs in {@link SafeMode#SAFE} with the site folder as its jail: an {@code include::}
 * cannot read anything outside the project, and one that tries is reported as an error of the page.
 * Each file is parsed once: the header pass keeps the parsed document for the body pass.
 */
public final class SafeAsciidoctorEngine extends MarkupEngine {
    public static final String[] EXTENSIONS = {"adoc", "ad", "asciidoc"};
    /** Generated section ids carry no prefix and join words with "-": "2.1 Vad påverkar" gives "2-1-vad-påverkar". */
    public static final String ID_PREFIX = "";
    public static final String ID_SEPARATOR = "-";
    private static final String PARSED = "lis.parsed";

    @Override
    public void processHeader(ParserContext context) {
        BakeSession session = BakeSession.of(context.getConfig());
        File file = context.getFile();
        Path source = session.relative(file.toPath());
        Optional<Preconversion.Converted> converted = session.preconverted(file.toPath());
        DocumentModel model = context.getDocumentModel();
        if (converted.isPresent() && converted.get().cached() != null) {
            ConversionCache.Entry entry = converted.get().cached();
            model.setType(entry.type());
            model.setStatus(entry.status());
            model.setTitle(entry.title());
            model.put(PARSED, new PageSource(source, null, uriOf(session, file), entry.html(), entry));
            return;
        }
        Document[] parsed = new Document[1];
        if (converted.isPresent()) {
            parsed[0] = converted.get().document();
        } else {
            session.converting(source, () -> parsed[0] = AsciidoctorRuntime.asciidoctor().loadFile(file, options(session)));
        }
        Document document = parsed[0];

        String type = attribute(document, "jbake-type", session.defaultType());
        if (!session.isKnownType(type)) {
            session.report(ProblemText.error(source, PageHeaderReader.lineOf(context.getFileLines(), "jbake-type"),
                    "page.type.unknown", type, String.join(", ", session.knownTypes())));
        }
        model.setType(type);
        model.setStatus(attribute(document, "jbake-status", session.defaultStatus()));
        model.setTitle(document.getDoctitle());
        model.put(PARSED, new PageSource(source, document, uriOf(session, file), converted.map(Preconversion.Converted::html).orElse(null), null));
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
        String[] html = {parsed.html()};
        if (html[0] == null) {
            session.converting(parsed.source(), () -> html[0] = parsed.document().convert());
        }
        context.setBody(html[0]);
        Page page = new PageHeaderReader(parsed.source(), context.getFileLines(), session::report)
                .read(parsed.document(), parsed.uri(), context.getDocumentModel().getType());
        session.catalog().add(page);
        DocumentModel model = context.getDocumentModel();
        session.cache().ifPresent(cache -> {
            List<Problem> problems = session.problemsOf(parsed.source());
            if (problems.stream().noneMatch(Problem::isError)) {
                cache.store(context.getFile().toPath(), new ConversionCache.Entry(model.getType(), model.getStatus(),
                        model.getTitle(), html[0], page, problems));
            }
        });
    }

    /** What the header pass hands to the body pass; never stored in JBake's content store. */
    private record PageSource(Path source, Document document, String uri, String html, ConversionCache.Entry cached) {
    }

    static Options options(BakeSession session) {
        AttributesBuilder attributes = Attributes.builder()
                .attribute("idprefix", ID_PREFIX)
                .attribute("idseparator", ID_SEPARATOR)
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

    /** The output path JBake's crawler will give this file (it URL-encodes the base name). */
    private static String uriOf(BakeSession session, File file) {
        Path relative = session.config().contentDir().toAbsolutePath().normalize()
                .relativize(file.toPath().toAbsolutePath().normalize());
        String folder = relative.getParent() == null ? "" : relative.getParent().toString().replace(File.separatorChar, '/') + "/";
        String name = relative.getFileName().toString();
        String base = name.substring(0, name.lastIndexOf('.'));
        return folder + URLEncoder.encode(base, StandardCharsets.UTF_8) + ".html";
    }
}
