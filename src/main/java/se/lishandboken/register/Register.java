package se.lishandboken.register;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

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
 */
public record Register(
        Organisation organisation, List<Asset> assets, List<Process> processes, List<ProcessingRecord> records,
        List<Action> actions, List<Finding> findings, List<Risk> risks, List<YearMetrics> metrics, Cycle cycle) {

    public static final Register EMPTY = new Register(Organisation.EMPTY, List.of(), List.of(), List.of(), List.of(),
            List.of(), List.of(), List.of(), Cycle.EMPTY);

    public Register {
        organisation = organisation == null ? Organisation.EMPTY : organisation;
        assets = Lists.of(assets);
        processes = Lists.of(processes);
        records = Lists.of(records);
        actions = Lists.of(actions);
        findings = Lists.of(findings);
        risks = Lists.of(risks);
        metrics = Lists.of(metrics);
        cycle = cycle == null ? Cycle.EMPTY : cycle;
    }

    /**
     * The register as employees may see it: every management-only record removed, and every reference
     * to one dropped, so not even its id reaches the intranet site.
     */
    public Register forIntranet() {
        Set<String> hidden = java.util.stream.Stream.of(assets, processes, records, actions, findings, risks)
                .flatMap(List::stream)
                .filter(Visible::isManagementOnly)
                .map(Visible::id)
                .collect(Collectors.toSet());
        if (hidden.isEmpty()) {
            return this;
        }
        Function<List<String>, List<String>> visible = ids -> ids.stream().filter(id -> !hidden.contains(id)).toList();
        return new Register(organisation,
                assets.stream().filter(a -> !a.isManagementOnly())
                        .map(a -> new Asset(a.id(), a.name(), a.description(), a.owner(), a.administrator(), a.unit(),
                                visible.apply(a.processes()), a.system(), a.supplier(), a.personalData(),
                                visible.apply(a.processingRecords()), a.classifications(), a.reclassificationMonths(),
                                a.accessReviews(), a.measures(), a.visibility()))
                        .toList(),
                processes.stream().filter(p -> !p.isManagementOnly())
                        .map(p -> new Process(p.id(), p.name(), p.description(), p.owner(), visible.apply(p.assets()),
                                p.classifications(), p.visibility()))
                        .toList(),
                records.stream().filter(r -> !r.isManagementOnly())
                        .map(r -> hidden.contains(r.process()) ? new ProcessingRecord(r.id(), r.name(), r.purpose(),
                                r.legalBasis(), r.dataSubjects(), r.dataCategories(), r.recipients(), r.thirdCountryTransfers(),
                                r.erasure(), r.securityMeasures(), null, r.processors(), r.updated(), r.visibility()) : r)
                        .toList(),
                actions.stream().filter(a -> !a.isManagementOnly())
                        .map(a -> new Action(a.id(), a.title(), a.description(), a.planYear(), a.lastYear(), a.responsible(), a.source(),
                                visible.apply(a.findings()), visible.apply(a.risks()), visible.apply(a.assets()), a.due(),
                                a.recurring(), a.history(), a.visibility()))
                        .toList(),
                findings.stream().filter(f -> !f.isManagementOnly()).toList(),
                risks.stream().filter(r -> !r.isManagementOnly())
                        .map(r -> new Risk(r.id(), r.title(), r.description(), r.owner(), r.likelihood(), r.consequence(),
                                r.assessed(), new Treatment(r.treatment().decision(), visible.apply(r.treatment().actions()),
                                        r.treatment().decidedBy(), r.treatment().rationale()), r.visibility()))
                        .toList(),
                metrics, cycle);
    }

    public Optional<Asset> asset(String id) {
        return assets.stream().filter(a -> a.id().equals(id)).findFirst();
    }

    public Optional<Process> process(String id) {
        return processes.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    public Optional<ProcessingRecord> record(String id) {
        return records.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    public Optional<Finding> finding(String id) {
        return findings.stream().filter(f -> f.id().equals(id)).findFirst();
    }

    public Optional<Risk> risk(String id) {
        return risks.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    /** The actions of one plan year, in the register's order, including those that run through several years. */
    public List<Action> actionsOf(int year) {
        return actions.stream().filter(a -> a.planYear() <= year && year <= a.untilYear()).toList();
    }

    public Optional<Action> action(String id) {
        return actions.stream().filter(a -> a.id().equals(id)).findFirst();
    }

    /** The actions that name {@code assetId}, {@code findingId} or {@code riskId}. */
    public List<Action> actionsFor(String id) {
        return actions.stream()
                .filter(a -> a.assets().contains(id) || a.findings().contains(id) || a.risks().contains(id)
                        || risk(id).map(r -> r.treatment().actions().contains(a.id())).orElse(false))
                .toList();
    }

    /** Assets grouped by owner role, in role order of the organisation. */
    public Map<String, List<Asset>> assetsByOwner() {
        return assets.stream().collect(Collectors.groupingBy(Asset::owner, java.util.TreeMap::new, Collectors.toList()));
    }
}
