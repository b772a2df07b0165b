package se.lishandboken.site.engine;

import freemarker.core.ParseException;
import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateNotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.TimeZone;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;
import org.jbake.template.AbstractTemplateEngine;
import org.jbake.template.RenderingException;
import org.jbake.template.model.TemplateModel;
import se.lishandboken.config.BuiltInTheme;
import se.lishandboken.problem.Problem;
import se.lishandboken.problem.ProblemText;

/**
 * Renders {@code .ftlh} templates with a strictly configured Freemarker ({@link StrictFreemarker}): HTML
 * auto-escaping on, template errors rethrown (and reported with template, line and page), no {@code ?new} or {@code ?api}.
 *
 * <p>Templates get the page, the navigation built once per bake, the site configuration, the build
 * stamp and the UI strings, and nothing that queries all content, so no template can turn every
 * page render into a pass over the whole site.
 */
public final class StrictFreemarkerEngine extends AbstractTemplateEngine {
    private final BakeSession session;
    private final Configuration freemarker;

    /** The engine of one bake; JBake's content store, which it would query, is never given it. */
    public StrictFreemarkerEngine(JBakeConfiguration config, BakeSession session) {
        super(config, null);
        this.session = session;
        this.freemarker = configure(config, session);
    }

    private static Configuration configure(JBakeConfiguration config, BakeSession session) {
        return StrictFreemarker.configuration(themeLoader(config.getTemplateFolder().toPath()), session.config().locale(),
                TimeZone.getTimeZone(session.config().timeZone()), session.ui());
    }

    /** The site's own templates first, then the built-in theme's: a site template replaces the theme's of the same name. */
    private static TemplateLoader themeLoader(Path siteTemplates) {
        try {
            TemplateLoader builtIn = new ClassTemplateLoader(BuiltInTheme.class.getClassLoader(), BuiltInTheme.TEMPLATES_RESOURCE);
            if (!Files.isDirectory(siteTemplates)) {
                return builtIn;
            }
            return new MultiTemplateLoader(new TemplateLoader[] {new FileTemplateLoader(siteTemplates.toFile()), builtIn});
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void renderDocument(TemplateModel model, String templateName, Writer writer) throws RenderingException {
        DocumentModel content = model.getContent();
        Path source = content.getFile() != null ? session.relative(Path.of(content.getFile())) : Path.of(content.getUri());
        try {
            Template template = freemarker.getTemplate(templateName);
            template.process(TemplateData.forPage(session, content), writer);
        } catch (TemplateNotFoundException e) {
            session.report(ProblemText.error(source, 0, "template.not-found", templateName));
            throw new RenderingException(e);
        } catch (TemplateException e) {
            ParseException syntax = syntaxErrorIn(e);
            session.reportOnce(syntax != null ? syntaxProblem(syntax, templateName) : runtimeProblem(e, templateName, source));
            throw new RenderingException(e);
        } catch (ParseException e) {
            session.reportOnce(syntaxProblem(e, templateName));
            throw new RenderingException(e);
        } catch (IOException e) {
            throw new RenderingException(e);
        }
    }

    private static Problem runtimeProblem(TemplateException e, String templateName, Path source) {
        return ProblemText.error(
                Path.of("templates", e.getTemplateSourceName() == null ? templateName : e.getTemplateSourceName()),
                e.getLineNumber() == null ? 0 : e.getLineNumber(),
                e.getColumnNumber() == null ? 0 : e.getColumnNumber(),
                "template.error", source, summary(e.getMessageWithoutStackTop()));
    }

    private static Problem syntaxProblem(ParseException e, String templateName) {
        return ProblemText.error(Path.of("templates", e.getTemplateName() == null ? templateName : e.getTemplateName()),
                e.getLineNumber(), e.getColumnNumber(), "template.syntax", summary(e.getEditorMessage()));
    }

    /** A syntax error in an imported template reaches us wrapped in a TemplateException. */
    private static ParseException syntaxErrorIn(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof ParseException parse) {
                return parse;
            }
        }
        return null;
    }

    /** Freemarker's message without its tips and stack: the error and the expression at fault. */
    private static String summary(String message) {
        return message.lines()
                .filter(line -> !line.isBlank() && !line.startsWith("----") && !line.startsWith("Tip:"))
                .limit(2)
                .map(String::strip)
                .reduce((first, second) -> first + " " + second)
                .orElse(message);
    }
}
