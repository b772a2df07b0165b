package se.lishandboken.site;

import org.asciidoctor.Asciidoctor;

/**
 * The one Asciidoctor instance of this JVM. Starting JRuby costs seconds, so it is created once and
 * reused by every bake ({@code lis serve} keeps it warm across rebuilds).
 */
final class AsciidoctorRuntime {
    private static final String JRUBY_COMPILE_MODE = "jruby.compile.mode";
    private static final AsciidoctorLogRouter LOG_ROUTER = new AsciidoctorLogRouter();
    private static volatile Asciidoctor instance;

    private AsciidoctorRuntime() {
    }

    static Asciidoctor asciidoctor() {
        Asciidoctor current = instance;
        if (current == null) {
            synchronized (AsciidoctorRuntime.class) {
                current = instance;
                if (current == null) {
                    if (System.getProperty(JRUBY_COMPILE_MODE) == null) {
                        // A build is over in seconds: compiling Ruby methods to bytecode costs more than it
                        // saves. This is what JRuby's own --dev profile does.
                        System.setProperty(JRUBY_COMPILE_MODE, "OFF");
                    }
                    current = Asciidoctor.Factory.create();
                    current.registerLogHandler(LOG_ROUTER);
                    current.javaExtensionRegistry().blockMacro(DataBlockMacro.class);
                    // The extension's Ruby side loads on the first conversion; pages convert on several
                    // threads, and two first conversions at once make JRuby load it twice and warn.
                    current.convert("", org.asciidoctor.Options.builder().build());
                    instance = current;
                }
            }
        }
        return current;
    }

    static AsciidoctorLogRouter logRouter() {
        return LOG_ROUTER;
    }
}
