package se.lishandboken.site.engine;

import org.asciidoctor.Asciidoctor;

/**
 * The one Asciidoctor instance of this JVM. Starting JRuby costs seconds, so it is created once and
 * reused by every bake ({@code lis serve} keeps it warm across rebuilds).
 */
public final class AsciidoctorRuntime {
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
                    // A build is over in seconds: compiling Ruby methods to bytecode costs more than it
                    // saves (JRuby's own --dev profile does the same), and Asciidoctor needs none of the
                    // native POSIX layer whose libraries JRuby would otherwise load at start.
                    System.getProperties().putIfAbsent("jruby.compile.mode", "OFF");
                    System.getProperties().putIfAbsent("jruby.native.enabled", "false");
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

    /** Starts Asciidoctor on a thread of its own; the first caller of {@link #asciidoctor()} waits for it. */
    public static void startInBackground() {
        if (instance == null) {
            Thread starting = new Thread(AsciidoctorRuntime::asciidoctor, "lis-asciidoctor-start");
            starting.setDaemon(true);
            starting.start();
        }
    }

    static AsciidoctorLogRouter logRouter() {
        return LOG_ROUTER;
    }
}
