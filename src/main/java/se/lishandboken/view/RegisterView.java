package se.lishandboken.view;

import java.text.Collator;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.TreeMap;
import se.lishandboken.config.ClassificationScale;
import se.lishandboken.register.Action;
import se.lishandboken.register.ActionSource;
import se.lishandboken.register.Asset;
import se.lishandboken.register.Classification;
import se.lishandboken.register.ClassificationCoverage;
import se.lishandboken.register.ProcessingRecord;
import se.lishandboken.register.Register;

/**
 * The register as templates read it: names for ids, links between records, and the figures of the
 * day of the build. Templates never compute; they ask this view.
 *
 * @param register the register the site shows (the intranet edition)
 * @param scale the classification scale
 * @param today the build date, against which coverage and due dates are judged
 * @param stubs the register pages' paths from the site root, by page type (assets, processing, actions, …)
 * @param locale for sorting names
 * @param ui the UI strings, for chart labels
 * @param charts draws the charts in the theme's colour
 */
public record RegisterView(Register register, ClassificationScale scale, LocalDate today, Map<String, String> stubs,
        Locale locale, ResourceBundle ui, BarChart charts) {

    /** Classified objects and processes, as an SVG bar chart. */
    public String coverageChart() {
        ClassificationCoverage coverage = coverage();
        return charts.svg("tackning", ui.getString("coverage.chart.title"), List.of(
                bar(ui.getString("coverage.objects"), coverage.assetsClassified(), coverage.assetsTotal()),
                bar(ui.getString("coverage.processes"), coverage.processesClassified(), coverage.processesTotal())));
    }

    /** Classified assets per objektägare, as an SVG bar chart. */
    public String ownerChart() {
        return charts.svg("tackning-agare", ui.getString("coverage.owner.chart.title"), ownerCoverage().stream()
                .map(owner -> bar(roleName(owner.owner()), owner.classified(), owner.total()))
                .toList());
    }

    /** Coverage per owner, by the owner role's name. */
    public List<se.lishandboken.register.OwnerCoverage> ownerCoverage() {
        Collator collator = Collator.getInstance(locale);
        return coverage().byOwner().stream().sorted(Comparator.comparing(o -> roleName(o.owner()), collator)).toList();
    }

    private BarChart.Bar bar(String label, int part, int total) {
        return new BarChart.Bar(label, part, total,
                MessageFormat.format(ui.getString("coverage.bar.text"), part, total, ClassificationCoverage.percent(part, total)));
    }

    /** Months in words, e.g. "september–oktober" for [9, 10]. */
    public String monthsText(List<Integer> months) {
        return CycleView.months(months, locale);
    }

    /** The page of a register page type from the site root, e.g. {@code register/atgardsplan.html}; null if the site has none. */
    public String stubUrl(String type) {
        return stubs.get(type);
    }

    /** Where asset pages live: beside the asset register stub, e.g. {@code register/tillgangar/}; null if none. */
    public String assetFolder() {
        String stub = stubs.get("assets");
        return stub == null ? null : stub.substring(0, stub.length() - ".html".length()) + "/";
    }

    /** The asset register as a CSV file, beside its page, e.g. {@code register/tillgangar.csv}; null if none. */
    public String csvUrl() {
        String stub = stubs.get("assets");
        return stub == null ? null : stub.substring(0, stub.length() - ".html".length()) + ".csv";
    }

    public List<Asset> assets() {
        return byName(register.assets());
    }

    /**
     * {@code assets} by name in the site's language. Each name's collation key is made once: a collator
     * compares two names a hundred times slower than two keys, which tells at 100,000 assets.
     */
    private List<Asset> byName(List<Asset> assets) {
        Collator collator = Collator.getInstance(locale);
        return assets.stream().map(asset -> new Keyed(collator.getCollationKey(asset.name()), asset))
                .sorted(Comparator.comparing(Keyed::key)).map(Keyed::asset).toList();
    }

    private record Keyed(java.text.CollationKey key, Asset asset) {
    }

    public String roleName(String id) {
        return id == null ? "" : register.organisation().roleName(id);
    }

    public String unitName(String id) {
        return register.organisation().unit(id).map(u -> u.name()).orElse(id == null ? "" : id);
    }

    public String assetName(String id) {
        return register.asset(id).map(Asset::name).orElse(id);
    }

    public String processName(String id) {
        return register.process(id).map(p -> p.name()).orElse(id);
    }

    /** Assets that hold personal data but name no processing activity: gaps in the registerförteckning. */
    public List<Asset> unrecordedPersonalData() {
        return assets().stream().filter(a -> a.personalData() && a.processingRecords().isEmpty()).toList();
    }

    public List<ProcessingRecord> recordsOf(Asset asset) {
        return asset.processingRecords().stream().flatMap(id -> register.record(id).stream()).toList();
    }

    /** The asset page's path from the site root, or null if the site has no asset register. */
    public String assetUrl(String id) {
        return assetFolder() == null || register.asset(id).isEmpty() ? null : assetFolder() + id + ".html";
    }

    public Classification classification(Asset asset) {
        return asset.classificationOn(today).orElse(null);
    }

    /** A classification as the handbook writes it, in the scale's aspect order, e.g. "K2 R2 T1 S2". */
    public String summary(Classification classification) {
        StringBuilder text = new StringBuilder();
        for (String aspect : scale.aspects().keySet()) {
            Integer level = classification.levels().get(aspect);
            if (level != null) {
                text.append(text.length() == 0 ? "" : " ").append(aspect).append(level);
            }
        }
        return text.toString();
    }

    /** The owners with their assets, by the owner role's name. */
    public List<OwnerAssets> owners() {
        Collator collator = Collator.getInstance(locale);
        return register.assetsByOwner().entrySet().stream()
                .map(owner -> new OwnerAssets(owner.getKey(), roleName(owner.getKey()), byName(owner.getValue())))
                .sorted(Comparator.comparing(OwnerAssets::name, collator))
                .toList();
    }

    /**
     * One objektägare's assets.
     *
     * @param id the owner's role id
     * @param name the role's name
     * @param assets the assets, by name
     */
    public record OwnerAssets(String id, String name, List<Asset> assets) {
    }

    /** The level of one aspect in a classification, or "–" if that aspect was not assessed. */
    public String level(Classification classification, String aspect) {
        Integer level = classification.levels().get(aspect);
        return level == null ? "–" : String.valueOf(level);
    }

    public LocalDate dueDate(Asset asset) {
        return ClassificationCoverage.dueDate(asset, scale.reclassificationMonths(), today);
    }

    public boolean isOverdue(Asset asset) {
        LocalDate due = dueDate(asset);
        return due != null && due.isBefore(today);
    }

    public ClassificationCoverage coverage() {
        return ClassificationCoverage.of(register, scale.reclassificationMonths(), today);
    }

    /** Plan years with their actions, earliest first; an action that runs several years is in each. */
    public Map<Integer, List<Action>> actionsByYear() {
        Map<Integer, List<Action>> years = new TreeMap<>();
        register.actions().forEach(a -> {
            for (int year = a.planYear(); year <= a.untilYear(); year++) {
                years.computeIfAbsent(year, y -> new java.util.ArrayList<>()).add(a);
            }
        });
        return years;
    }

    /** Where an action comes from, without saying it twice: "Lokal anvisning (Ledningens genomgång 2024, avsnitt 4)". */
    public String sourceText(ActionSource source) {
        return sourceText(source.type(), source.reference());
    }

    /** {@link #sourceText(ActionSource)} of an action as a review keeps it. */
    public String sourceText(se.lishandboken.review.ActionState action) {
        return sourceText(action.source(), action.sourceReference());
    }

    /** {@link #sourceText(ActionSource)} of a source's type and reference; the reference alone if there is no type. */
    private String sourceText(ActionSource.Type type, String reference) {
        if (type == null) {
            return reference == null ? "" : reference;
        }
        String label = ui.getString("source." + type.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        if (reference == null) {
            return label;
        }
        return reference.startsWith(label) ? reference : label + " (" + reference + ")";
    }

    /**
     * Which management reviews decided the action, e.g. "Beslutad i Ledningens genomgång 2024"; null if no
     * decision names it.
     */
    public String decidedText(Action action) {
        List<String> years = register.decisionsFor(action.id()).stream().map(decision -> String.valueOf(decision.review()))
                .distinct().toList();
        if (years.isEmpty()) {
            return null;
        }
        String joined = years.size() == 1 ? years.get(0)
                : String.join(", ", years.subList(0, years.size() - 1)) + " " + ui.getString("list.and") + " " + years.get(years.size() - 1);
        return MessageFormat.format(ui.getString("actions.decided"), joined);
    }

    /** The note of the action's current status, e.g. why it was postponed; null if none. */
    public String statusNote(Action action) {
        return action.history().isEmpty() ? null : action.history().get(action.history().size() - 1).note();
    }

    /** What the classification codes mean, e.g. "K = Konfidentialitet, … Nivåerna: 1 = Måttlig skada, …". */
    public String aspectLegend() {
        String aspects = scale.aspects().entrySet().stream().map(e -> e.getKey() + " = " + e.getValue())
                .collect(java.util.stream.Collectors.joining(", "));
        String levels = scale.levels().entrySet().stream().map(e -> e.getKey() + " = " + e.getValue())
                .collect(java.util.stream.Collectors.joining(", "));
        return MessageFormat.format(ui.getString("classification.legend"), aspects, levels);
    }

    public List<Action> openActionsFor(String id) {
        return register.actionsFor(id).stream().filter(a -> !a.status().isClosed()).toList();
    }

    /** The UI-bundle key of a status, e.g. {@code status.in-progress}. */
    public String statusKey(Enum<?> status) {
        return "status." + status.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Whether the action is still open. */
    public boolean isOpen(Action action) {
        return !action.status().isClosed();
    }
}
