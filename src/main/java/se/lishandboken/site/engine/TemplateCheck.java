package se.lishandboken.site.engine;

import java.io.File;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jbake.app.configuration.JBakeConfiguration;
import se.lishandboken.problem.Problem;
import se.lishandboken.problem.ProblemText;
import se.lishandboken.source.ThemeFiles;

/**
 * Checks the page types and their templates before anything is baked.
 *
 * <p>JBake silently writes an empty page when a template is missing, and renders {@code .ftl}
 * templates without HTML escaping. Only {@code .ftlh} templates that exist, in the site's own
 * {@code templates/} or the built-in theme, make a page type usable.
 */
public final class TemplateCheck {
    static final String TEMPLATE_EXTENSION = ".ftlh";

    private TemplateCheck() {
    }

    /** The document types whose template is an existing {@code .ftlh} file. */
    static Set<String> usableTypes(JBakeConfiguration jbake) {
        Set<String> types = new HashSet<>();
        for (String type : jbake.getDocumentTypes()) {
            String template = templateName(jbake, type);
            if (template != null && template.endsWith(TEMPLATE_EXTENSION) && exists(jbake, template)) {
                types.add(type);
            }
        }
        return types;
    }

    private static String templateName(JBakeConfiguration jbake, String type) {
        File template = jbake.getTemplateFileByDocType(type);
        return template == null ? null : template.getName();
    }

    private static boolean exists(JBakeConfiguration jbake, String template) {
        return ThemeFiles.template(jbake.getTemplateFolder().toPath(), template) != null;
    }

    /** A problem for every {@code .ftlh} template the configuration names but that does not exist. */
    public static List<Problem> missingTemplates(JBakeConfiguration jbake) {
        return jbake.getDocumentTypes().stream()
                .filter(type -> {
                    String template = templateName(jbake, type);
                    return template != null && template.endsWith(TEMPLATE_EXTENSION) && !exists(jbake, template);
                })
                .sorted()
                .map(type -> ProblemText.error(Path.of("jbake.properties"), 0, "template.type.missing",
                        type, jbake.getTemplateFileByDocType(type).getName(), jbake.getTemplateFolder().getName()))
                .toList();
    }
}
