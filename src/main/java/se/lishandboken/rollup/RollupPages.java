package se.lishandboken.rollup;

import freemarker.cache.ClassTemplateLoader;
import freemarker.core.HTMLOutputFormat;
import freemarker.ext.beans.ResourceBundleModel;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapper;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.core.TemplateClassResolver;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.TimeZone;

/** Renders the roll-up's pages with its Freemarker templates ({@code lis/rollup/}), set up strictly, and copies its CSS and JS. */
final class RollupPages {
    static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");
    private static final String RESOURCES = "lis/rollup/";
    /** The theme's table sorting, reused as it is. */
    private static final String SORTING = "lis/theme/assets/js/register.js";

    private final Configuration freemarker;
    private final Path outputDir;

    RollupPages(Path outputDir) {
        this.outputDir = outputDir;
        this.freemarker = configure();
    }

    private static Configuration configure() {
        Configuration freemarker = new Configuration(Configuration.VERSION_2_3_34);
        freemarker.setTemplateLoader(new ClassTemplateLoader(RollupPages.class.getClassLoader(), RESOURCES));
        freemarker.setDefaultEncoding("UTF-8");
        freemarker.setOutputEncoding("UTF-8");
        freemarker.setOutputFormat(HTMLOutputFormat.INSTANCE);
        freemarker.setRecognizeStandardFileExtensions(true);
        freemarker.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        freemarker.setLogTemplateExceptions(false);
        freemarker.setWrapUncheckedExceptions(true);
        freemarker.setFallbackOnNullLoopVariable(false);
        freemarker.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        freemarker.setAPIBuiltinEnabled(false);
        freemarker.setLocale(SWEDISH);
        freemarker.setTimeZone(TimeZone.getTimeZone("Europe/Stockholm"));
        freemarker.setNumberFormat("computer");
        DefaultObjectWrapper wrapper = new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34).build();
        freemarker.setObjectWrapper(wrapper);
        ResourceBundle texts = ResourceBundle.getBundle("lis.rollup.rollup", SWEDISH);
        freemarker.setSharedVariable("ui", new ResourceBundleModel(texts, wrapper));
        return freemarker;
    }

    /** Renders {@code template} with {@code model} to {@code uri} in the output folder. */
    Path write(String template, Map<String, Object> model, String uri) {
        Path file = outputDir.resolve(uri);
        try {
            Files.createDirectories(file.getParent());
            try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                freemarker.getTemplate(template).process(model, out);
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (TemplateException e) {
            throw new IllegalStateException("The roll-up template " + template + " failed: " + e.getMessage(), e);
        }
    }

    /** Copies the stylesheets and the sorting script into the output folder. */
    void writeAssets() {
        copy(RESOURCES + "rollup.css", "css/rollup.css");
        copy(RESOURCES + "rollup-print.css", "css/rollup-print.css");
        copy(SORTING, "js/register.js");
    }

    private void copy(String resource, String uri) {
        try (InputStream in = RollupPages.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + resource);
            }
            Path file = outputDir.resolve(uri);
            Files.createDirectories(file.getParent());
            Files.copy(in, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
