package se.lishandboken.register;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.time.LocalDate;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The whole ISMS register, as read from {@code data/}. Immutable.
 *
 * @param organisation roles and units
 * @param assets information assets
 * @param processes business processes
 * @param records the registerförteckning
 * @param actions the action plan
 * @param findings audit findings and DSO recommendations
 * @param risks RSA risks
 * @param metrics figures per year
 * @param cycle the annual cycle (årshjulet)
 * @param decisions the management reviews' decisions (9.3.3)
 * @param controls the Statement of Applicability (6.1.3 d), in the file's order
 * @param frameworks the control catalogues the controls and the handbook's sections refer to; the shipped ones if none
 */
public record Register(
        Organisation organisation, List<Asset> assets, List<Process> processes, List<ProcessingRecord> records,
        List<Action> actions, List<Finding> findings, List<Risk> risks, List<YearMetrics> metrics, Cycle cycle,
        List<Decision> decisions, List<Control> controls, Frameworks frameworks) {

    public static final Register EMPTY = new Register(Organisation.EMPTY, List.of(), List.of(), List.of(), List.of(),
            List.of(), List.of(), List.of(), Cycle.EMPTY);

    /** A register without decisions. */
    public Register(Organisation organisation, List<Asset> assets, List<Process> processes, List<ProcessingRecord> records,
            List<Action> actions, List<Finding> findings, List<Risk> risks, List<YearMetrics> metrics, Cycle cycle) {
        this(organisation, assets, processes, records, actions, findings, risks, metrics, cycle, List.of());
    }

    /** A register without a Statement of Applicability. */
    public Register(Organisation organisation, List<Asset> assets, List<Process> processes, List<ProcessingRecord> records,
            List<Action> actions, List<Finding> findings, List<Risk> risks, List<YearMetrics> metrics, Cycle cycle,
            List<Decision> decisions) {
        this(organisation, assets, processes, records, actions, findings, risks, metrics, cycle, decisions, List.of(), Frameworks.EMPTY);
    }

    public Register {
        organisation = organisation == null ? Organisation.EMPTY : organisation;
        assets = indexed(assets);
        processes = indexed(processes);
        records = indexed(records);
        actions = indexed(actions);
        findings = indexed(findings);
        risks = indexed(risks);
        metrics = Lists.of(metrics);
        cycle = cycle == null ? Cycle.EMPTY : cycle;
        decisions = indexed(decisions);
        controls = Lists.of(controls);
        frameworks = frameworks == null || frameworks.isEmpty() ? Frameworks.shipped() : frameworks;
    }

    /** What an action names: assets, findings and risks. */
    private static final Function<Action, List<String>> ACTION_REFERENCES = action -> Stream.of(action.assets(), action.findings(),
            action.risks()).flatMap(List::stream).toList();
    private static final Function<Decision, List<String>> DECISION_ACTIONS = Decision::actions;

    /** A list of records, found by id without a scan (one page per asset asks for several records each). */
    private static <T extends Visible> List<T> indexed(List<T> records) {
        return IdList.of(records, Visible::id);
    }

    @SuppressWarnings("unchecked")
    private static <T> IdList<T> index(List<T> records) {
        return (IdList<T>) records;
    }

    /**
     * The register as employees may see it: every management-only record removed, and every reference
     * to one dropped, so not even its id reaches the intranet site.
     */
    public Register forIntranet() {
        return retaining(record -> !record.isManagementOnly(), metrics, cycle);
    }

    /**
     * The register as it was on {@code date}: the dated view every "as it was then" figure comes from.
     * <ul>
     * <li>A record that entered the register after the date is left out, with every reference to it
     * ({@link Visible#enteredRegister()}; a record with no date counts as always there).</li>
     * <li>Every history is cut at the date: classifications, access reviews, statuses, risk assessments,
     * reviews of processing activities; an agreement signed later counts as missing.</li>
     * <li>A year's metrics count once the year is over: only years before the date's year are kept.</li>
     * <li>The annual cycle counts from the day it was established.</li>
     * <li>A decision counts from the day it was taken.</li>
     * </ul>
     * Adding anything dated after {@code date} never changes the result.
     */
    public Register asOf(LocalDate date) {
        // Judged on the records as they are: cut at the date, an action or a risk would lose the entry that dates it.
        Set<String> entered = Stream.of(assets, processes, records, actions, findings, risks, decisions)
                .flatMap(List::stream)
                .filter(record -> record.enteredRegister() == null || !record.enteredRegister().isAfter(date))
                .map(Visible::id)
                .collect(Collectors.toSet());
        Register cut = new Register(organisation,
                assets.stream().map(asset -> asset.asOf(date)).toList(),
                processes.stream().map(process -> process.asOf(date)).toList(),
                records.stream().map(record -> record.asOf(date)).toList(),
                actions.stream().map(action -> action.asOf(date)).toList(),
                findings.stream().map(finding -> finding.asOf(date)).toList(),
                risks.stream().map(risk -> risk.asOf(date)).toList(),
                metrics, cycle, decisions, controls.stream().map(control -> control.asOf(date)).toList(), frameworks);
        return cut.retaining(record -> entered.contains(record.id()),
                metrics.stream().filter(year -> year.year() < date.getYear()).toList(),
                cycle.established() != null && cycle.established().isAfter(date) ? Cycle.EMPTY : cycle);
    }

    /** The register with only the records {@code keep} accepts, and no reference to any other. */
    private Register retaining(Predicate<Visible> keep, List<YearMetrics> keptMetrics, Cycle keptCycle) {
        Set<String> kept = Stream.of(assets, processes, records, actions, findings, risks, decisions)
                .flatMap(List::stream)
                .filter(keep)
                .map(Visible::id)
                .collect(Collectors.toSet());
        Predicate<String> exists = kept::contains;
        return new Register(organisation,
                assets.stream().filter(keep).map(asset -> asset.referringOnlyTo(exists)).toList(),
                processes.stream().filter(keep).map(process -> process.referringOnlyTo(exists)).toList(),
                records.stream().filter(keep).map(record -> record.referringOnlyTo(exists)).toList(),
                actions.stream().filter(keep).map(action -> action.referringOnlyTo(exists)).toList(),
                findings.stream().filter(keep).toList(),
                risks.stream().filter(keep).map(risk -> risk.referringOnlyTo(exists)).toList(),
                keptMetrics, keptCycle.referringOnlyTo(exists),
                decisions.stream().filter(keep).map(decision -> decision.referringOnlyTo(exists)).toList(),
                controls.stream().map(control -> control.referringOnlyTo(exists)).toList(), frameworks);
    }

    /** The control a handbook section names, e.g. {@code 5.15} or {@code klassa:K1}, if the register has it. */
    public Optional<Control> control(String key) {
        return controls.stream().filter(control -> control.key().equals(key)).findFirst();
    }

    public Optional<Asset> asset(String id) {
        return index(assets).byId(id);
    }

    public Optional<Process> process(String id) {
        return index(processes).byId(id);
    }

    public Optional<ProcessingRecord> record(String id) {
        return index(records).byId(id);
    }

    public Optional<Finding> finding(String id) {
        return index(findings).byId(id);
    }

    public Optional<Risk> risk(String id) {
        return index(risks).byId(id);
    }

    /** The actions of one plan year, in the register's order, including those that run through several years. */
    public List<Action> actionsOf(int year) {
        return actions.stream().filter(a -> a.planYear() <= year && year <= a.untilYear()).toList();
    }

    public Optional<Action> action(String id) {
        return index(actions).byId(id);
    }

    /** The decisions of the review held in {@code year}, in the register's order. */
    public List<Decision> decisionsOf(int year) {
        return decisions.stream().filter(decision -> decision.review() == year).toList();
    }

    /** The decisions that name the action {@code actionId}, in the register's order. */
    public List<Decision> decisionsFor(String actionId) {
        return index(decisions).referring(DECISION_ACTIONS, actionId);
    }

    /** The actions that name {@code assetId}, {@code findingId} or {@code riskId}. */
    public List<Action> actionsFor(String id) {
        List<String> treatment = risk(id).map(r -> r.treatment().actions()).orElse(List.of());
        if (treatment.isEmpty()) {
            return index(actions).referring(ACTION_REFERENCES, id);
        }
        return actions.stream()
                .filter(a -> a.assets().contains(id) || a.findings().contains(id) || a.risks().contains(id)
                        || treatment.contains(a.id()))
                .toList();
    }

    /** Assets grouped by owner role, in role order of the organisation. */
    public Map<String, List<Asset>> assetsByOwner() {
        return assets.stream().collect(Collectors.groupingBy(Asset::owner, java.util.TreeMap::new, Collectors.toList()));
    }
}
