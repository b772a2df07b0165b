package se.lishandboken.site.engine;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import org.jbake.app.configuration.JBakeConfiguration;
import se.lishandboken.config.SiteConfig;
import se.lishandboken.config.UiBundle;
import se.lishandboken.history.SiteHistory;
import se.lishandboken.page.BuildInfo;
import se.lishandboken.problem.Problem;
import se.lishandboken.problem.WorkingOn;
import se.lishandboken.problem.ProblemLog;
import se.lishandboken.register.Register;
import se.lishandboken.source.RegisterStubs;
import se.lishandboken.view.BarChart;
import se.lishandboken.view.CycleView;
import se.lishandboken.view.RegisterView;

/**
 * The state one bake shares between the AsciiDoc engine, the templates and the pages they render;
 * each engine is given it when made.
 */
public final class BakeSession {

    private final SiteConfig config;
    private volatile Register register;
    private volatile RegisterView registerView;
    private volatile CycleView cycleView;
    private final BuildInfo build;
    private final SiteHistory history;
    private final ProblemLog problems;
    private final PageCatalog catalog = new PageCatalog();
    private final ResourceBundle ui;
    private final Set<String> knownTypes;
    private final String defaultType;
    private final String defaultStatus;
    private final Set<String> reportedLocations = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private final boolean usesSeals;
    private final java.util.concurrent.atomic.AtomicInteger reused = new java.util.concurrent.atomic.AtomicInteger();
    private final java.util.concurrent.atomic.AtomicInteger converted = new java.util.concurrent.atomic.AtomicInteger();

    public BakeSession(SiteConfig config, Register register, BuildInfo build, SiteHistory history, JBakeConfiguration jbake,
            ProblemLog problems, boolean usesSeals) {
        this.config = config;
        this.usesSeals = usesSeals;
        this.register = register;
        this.ui = UiBundle.load(config);
        this.registerView = new RegisterView(register, config.classification(), build.date(),
                RegisterStubs.find(config), config.locale(), ui, new BarChart(config.theme().primary()));
        this.build = build;
        this.cycleView = cycleViewOf(register, registerView);
        this.history = history;
        this.problems = problems;
        this.knownTypes = TemplateCheck.usableTypes(jbake);
        this.defaultType = jbake.getDefaultType();
        this.defaultStatus = jbake.getDefaultStatus();
    }

    public SiteConfig config() {
        return config;
    }

    public Register register() {
        return register;
    }

    /** Counts a page taken from the conversion cache ({@code true}) or converted ({@code false}). */
    void countConversion(boolean fromCache) {
        (fromCache ? reused : converted).incrementAndGet();
    }

    public ConversionCount conversions() {
        return new ConversionCount(reused.get(), converted.get());
    }

    /** Whether approved reviews render from their seals; false only while a review is being sealed. */
    public boolean usesSeals() {
        return usesSeals;
    }

    /** Shows {@code replacement} from now on: lis serve's fast path after a data edit. */
    public void replaceRegister(Register replacement) {
        RegisterView old = registerView;
        this.registerView = new RegisterView(replacement, old.scale(), old.today(), old.stubs(), old.locale(), old.ui(), old.charts());
        this.register = replacement;
        this.cycleView = cycleViewOf(replacement, registerView);
        if (cache != null) {
            // Pages with data blocks are cached under the data they showed; key them on the data as it is now.
            useCache(ConversionCache.forSite(config, build.date()));
        }
    }

    /** The annual cycle as templates read it; null if the site has no page of type cycle. */
    public CycleView cycleView() {
        return cycleView;
    }

    private CycleView cycleViewOf(Register shown, RegisterView view) {
        return CycleView.of(shown, view.stubUrl(CycleView.PAGE_TYPE), config.contentDir(), config.theme(), build.date(),
                config.locale(), ui);
    }

    /** The register as templates and data blocks read it; asset pages sit beside the asset register stub. */
    public RegisterView registerView() {
        return registerView;
    }

    public BuildInfo build() {
        return build;
    }

    SiteHistory history() {
        return history;
    }

    public PageCatalog catalog() {
        return catalog;
    }

    public ResourceBundle ui() {
        return ui;
    }

    String defaultType() {
        return defaultType;
    }

    String defaultStatus() {
        return defaultStatus;
    }

    public boolean isKnownType(String type) {
        return knownTypes.contains(type);
    }

    List<String> knownTypes() {
        return List.copyOf(new TreeSet<>(knownTypes));
    }

    /** Asciidoctor's built-in captions (NOTE, TIP, …) in the site's language, from the UI bundle. */
    Map<String, String> asciidocCaptions() {
        Map<String, String> captions = new LinkedHashMap<>();
        for (String key : ui.keySet()) {
            if (key.startsWith("asciidoc.")) {
                captions.put(key.substring("asciidoc.".length()), ui.getString(key));
            }
        }
        return captions;
    }

    /** Runs an Asciidoctor call whose warnings and errors become problems of {@code source}. */
    void converting(Path source, Runnable conversion) {
        String rootPath = "../".repeat(Math.max(0, config.contentDir().relativize(config.siteDir().resolve(source)).getNameCount() - 1));
        DataBlockMacro.within(new DataBlockMacro.PageContext(this, source, rootPath),
                () -> AsciidoctorRuntime.logRouter().route(new AsciidoctorLogRouter.Target(source, this::report),
                        () -> WorkingOn.on(source, conversion)));
    }


    public void report(Problem problem) {
        Path file = problem.file() == null ? null : config.relative(problem.file());
        Problem relative = new Problem(problem.severity(), file, problem.line(), problem.column(),
                problem.pointer(), problem.message(), problem.hint());
        problems.add(relative);
        if (file != null) {
            problemsBySource.computeIfAbsent(file, f -> java.util.Collections.synchronizedList(new java.util.ArrayList<>())).add(relative);
        }
    }

    /**
     * Reports a problem the first time its location is seen: a template error repeats on every page
     * that uses the template, and once is enough.
     */
    void reportOnce(Problem problem) {
        if (reportedLocations.add(problem.location())) {
            report(problem);
        }
    }

    private final Map<Path, List<Problem>> problemsBySource = new java.util.concurrent.ConcurrentHashMap<>();
    private ConversionCache cache;

    /** Keeps converted pages between builds; only the intranet edition is cached, never the management one. */
    public void useCache(ConversionCache cache) {
        this.cache = build.isManagementEdition() ? null : cache;
    }

    java.util.Optional<ConversionCache> cache() {
        return java.util.Optional.ofNullable(cache);
    }

    /** The problems reported for one source file, in the order they came. */
    List<Problem> problemsOf(Path source) {
        return List.copyOf(problemsBySource.getOrDefault(source, List.of()));
    }

    /** How many problems have been reported; with {@link #problemsSince} a caller sees only its own. */
    public int problemCount() {
        return problems.all().size();
    }

    public List<Problem> problemsSince(int count) {
        List<Problem> all = problems.all();
        return all.subList(Math.min(count, all.size()), all.size());
    }

    public Path relative(Path file) {
        return config.relative(file);
    }
}
