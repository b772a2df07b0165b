package se.lishandboken.site.engine;

import freemarker.cache.TemplateLoader;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateClassResolver;
import freemarker.ext.beans.ResourceBundleModel;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapper;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.TemplateExceptionHandler;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.TimeZone;

/**
 * The one strict Freemarker set-up every renderer of the tool uses (the site's pages, the city roll-up):
 * HTML auto-escaping on, template errors rethrown, no {@code ?new} or {@code ?api}, numbers as written
 * in code, and the UI texts as {@code ui}.
 */
public final class StrictFreemarker {

    private StrictFreemarker() {
    }

    public static Configuration configuration(TemplateLoader templates, Locale locale, TimeZone zone, ResourceBundle ui) {
        Configuration freemarker = new Configuration(Configuration.VERSION_2_3_34);
        freemarker.setTemplateLoader(templates);
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
        freemarker.setLocale(locale);
        freemarker.setTimeZone(zone);
        freemarker.setNumberFormat("computer");
        DefaultObjectWrapper wrapper = new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34).build();
        freemarker.setObjectWrapper(wrapper);
        freemarker.setSharedVariable("ui", new ResourceBundleModel(ui, wrapper));
        return freemarker;
    }
}
