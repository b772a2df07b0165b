package se.lishandboken.register;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import se.lishandboken.config.BuildClock;
import se.lishandboken.config.ClassificationScale;
import se.lishandboken.problem.Problem;

/**
 * The checks a schema cannot make: every reference resolves, ids are unique across the register,
 * dates are in order and not in the future, levels fit the configured scale, and a thing marked done
 * says when.
 */
final class CrossReferenceCheck {
    private final Register register;
    private final Map<DataKind, DataFile> files;
    private final ClassificationScale scale;
    /** The highest likelihood and consequence on the site's risk scale ({@code lis.risk.levels}). */
    private final int riskLevels;
    private final LocalDate today;
    private final java.nio.file.Path contentDir;
    private final List<Problem> problems = new ArrayList<>();
    private final Set<String> roles;
    private final Set<String> units;
    /** The hint of each set of valid ids, made once: a register with many bad references would sort the set for each. */
    private final Map<String, Set<String>> processAssets = new HashMap<>();
    private final Map<Set<String>, String> hints = new java.util.IdentityHashMap<>();

    CrossReferenceCheck(Register register, Map<DataKind, DataFile> files, ClassificationScale scale, int riskLevels,
            LocalDate today, java.nio.file.Path contentDir) {
        this.register = register;
        this.riskLevels = riskLevels;
        this.contentDir = contentDir;
        this.files = files;
        this.scale = scale;
        this.today = today;
        this.roles = register.organisation().roles().stream().map(Role::id).collect(Collectors.toSet());
        this.units = register.organisation().units().stream().map(Unit::id).collect(Collectors.toSet());
    }

    private void onRiskScale(DataFile file, String pointer, int value) {
        if (value > riskLevels) {
            problems.add(file.error(pointer, "register.risk.scale", value, riskLevels));
        }
    }

    List<Problem> run() {
        uniqueIds();
        Set<String> processIds = ids(register.processes());
        Set<String> assetIds = ids(register.assets());
        Set<String> recordIds = ids(register.records());
        Set<String> actionIds = ids(register.actions());
        Set<String> findingIds = ids(register.findings());
        Set<String> riskIds = ids(register.risks());

        DataFile file = files.get(DataKind.ASSETS);
        for (int i = 0; i < register.assets().size(); i++) {
            Asset asset = register.assets().get(i);
            String at = "/assets/" + i;
            dated(file, at + "/recorded", asset.recorded(), null);
            role(file, at + "/owner", asset.owner());
            role(file, at + "/administrator", asset.administrator());
            reference(file, at + "/unit", asset.unit(), units, "register.unit.unknown");
            references(file, at + "/processes", asset.processes(), processIds, "register.process.unknown");
            for (String processId : asset.processes()) {
                register.process(processId).filter(process -> !assetsOf(process).contains(asset.id())).ifPresent(process ->
                        problems.add(files.get(DataKind.ASSETS).warning(at + "/processes", "register.asset.one-way",
                                asset.id(), process.id())));
            }
            references(file, at + "/processingRecords", asset.processingRecords(), recordIds, "register.record.unknown");
            classifications(file, at + "/classifications", asset.classifications());
            LocalDate previous = null;
            for (int r = 0; r < asset.accessReviews().size(); r++) {
                previous = dated(file, at + "/accessReviews/" + r + "/date", asset.accessReviews().get(r).date(), previous);
            }
            for (int m = 0; m < asset.measures().size(); m++) {
                Measure measure = asset.measures().get(m);
                if (measure.status() == Status.DONE && measure.done() == null) {
                    problems.add(file.error(at + "/measures/" + m + "/status", "register.done.undated", measure.title()));
                }
                dated(file, at + "/measures/" + m + "/done", measure.done(), null);
            }
        }

        file = files.get(DataKind.PROCESSES);
        for (int i = 0; i < register.processes().size(); i++) {
            Process process = register.processes().get(i);
            String at = "/processes/" + i;
            dated(file, at + "/recorded", process.recorded(), null);
            role(file, at + "/owner", process.owner());
            references(file, at + "/assets", process.assets(), assetIds, "register.asset.unknown");
            for (int j = 0; j < process.assets().size(); j++) {
                String assetId = process.assets().get(j);
                register.asset(assetId).filter(asset -> !asset.processes().contains(process.id())).ifPresent(asset ->
                        problems.add(files.get(DataKind.PROCESSES).warning(at + "/assets", "register.process.one-way",
                                process.id(), asset.id())));
            }
            classifications(file, at + "/classifications", process.classifications());
        }

        file = files.get(DataKind.PROCESSING);
        for (int i = 0; i < register.records().size(); i++) {
            ProcessingRecord record = register.records().get(i);
            String at = "/records/" + i;
            reference(file, at + "/process", record.process(), processIds, "register.process.unknown");
            dated(file, at + "/updated", record.updated(), null);
            dated(file, at + "/recorded", record.recorded(), null);
            for (int p = 0; p < record.processors().size(); p++) {
                Agreement agreement = record.processors().get(p).agreement();
                if (agreement.status() == Agreement.Status.SIGNED && agreement.date() == null) {
                    problems.add(file.error(at + "/processors/" + p + "/agreement", "register.agreement.undated",
                            record.processors().get(p).name()));
                }
                dated(file, at + "/processors/" + p + "/agreement/date", agreement.date(), null);
                dated(file, at + "/processors/" + p + "/recorded", record.processors().get(p).recorded(), null);
            }
        }

        file = files.get(DataKind.ACTIONS);
        for (int i = 0; i < register.actions().size(); i++) {
            Action action = register.actions().get(i);
            String at = "/actions/" + i;
            dated(file, at + "/recorded", action.recorded(), null);
            role(file, at + "/responsible", action.responsible());
            references(file, at + "/findings", action.findings(), findingIds, "register.finding.unknown");
            references(file, at + "/risks", action.risks(), riskIds, "register.risk.unknown");
            references(file, at + "/assets", action.assets(), assetIds, "register.asset.unknown");
            LocalDate previous = null;
            for (int h = 0; h < action.history().size(); h++) {
                previous = dated(file, at + "/history/" + h + "/date", action.history().get(h).date(), previous);
            }
        }

        file = files.get(DataKind.FINDINGS);
        for (int i = 0; i < register.findings().size(); i++) {
            Finding finding = register.findings().get(i);
            String at = "/findings/" + i;
            LocalDate previous = dated(file, at + "/date", finding.date(), null);
            for (int h = 0; h < finding.history().size(); h++) {
                previous = dated(file, at + "/history/" + h + "/date", finding.history().get(h).date(), previous);
            }
        }

        file = files.get(DataKind.RISKS);
        for (int i = 0; i < register.risks().size(); i++) {
            Risk risk = register.risks().get(i);
            String at = "/risks/" + i;
            role(file, at + "/owner", risk.owner());
            JsonNode source = file.root().at(at);
            if (source.has("assessments") && (source.has("assessed") || source.has("likelihood") || source.has("consequence"))) {
                problems.add(file.error(at + "/assessments", "register.risk.assessment.both", risk.id()));
            }
            String assessments = source.has("assessments") ? at + "/assessments/" : null;
            LocalDate previous = null;
            for (int a = 0; a < risk.assessments().size(); a++) {
                previous = dated(file, assessments == null ? at + "/assessed" : assessments + a + "/date",
                        risk.assessments().get(a).date(), previous);
                RiskAssessment assessment = risk.assessments().get(a);
                String here = assessments == null ? at : assessments + a;
                onRiskScale(file, here + "/likelihood", assessment.likelihood());
                onRiskScale(file, here + "/consequence", assessment.consequence());
            }
            references(file, at + "/treatment/actions", risk.treatment().actions(), actionIds, "register.action.unknown");
            role(file, at + "/treatment/decidedBy", risk.treatment().decidedBy());
            if (risk.treatment().decision() == Treatment.Decision.ACCEPT && risk.treatment().decidedBy() == null) {
                problems.add(file.error(at + "/treatment", "register.risk.acceptance", risk.title()));
            }
        }

        file = files.get(DataKind.METRICS);
        Set<Integer> years = new HashSet<>();
        for (int i = 0; i < register.metrics().size(); i++) {
            YearMetrics year = register.metrics().get(i);
            String at = "/years/" + i;
            if (!years.add(year.year())) {
                problems.add(file.error(at + "/year", "register.year.duplicate", year.year()));
            }
            if (year.year() > today.getYear()) {
                problems.add(future(file, at + "/year", "register.year.future", year.year()));
            }
            if (file.root().at(at + "/incidents").has(IncidentMetrics.DEPRECATED_REPORTED)) {
                problems.add(file.warning(at + "/incidents/" + IncidentMetrics.DEPRECATED_REPORTED, "register.field.deprecated",
                        IncidentMetrics.DEPRECATED_REPORTED, "reportedInIncidentSystem"));
            }
            if (year.incidents().followedUp() > year.incidents().reportedInIncidentSystem()) {
                problems.add(file.error(at + "/incidents/followedUp", "register.incidents.followed-up",
                        year.incidents().followedUp(), year.incidents().reportedInIncidentSystem()));
            }
            for (int u = 0; u < year.elearning().size(); u++) {
                ElearningResult result = year.elearning().get(u);
                reference(file, at + "/elearning/" + u + "/unit", result.unit(), units, "register.unit.unknown");
                if (result.completed() > result.employees()) {
                    problems.add(file.error(at + "/elearning/" + u + "/completed", "register.elearning.too-many",
                            result.completed(), result.employees()));
                }
            }
        }
        cycle(actionIds);
        decisions(actionIds);
        return problems;
    }

    /** The reviews' decisions: known actions and roles, not in the future. */
    private void decisions(Set<String> actionIds) {
        DataFile file = files.get(DataKind.DECISIONS);
        for (int i = 0; i < register.decisions().size(); i++) {
            Decision decision = register.decisions().get(i);
            String at = "/decisions/" + i;
            dated(file, at + "/date", decision.date(), null);
            role(file, at + "/decidedBy", decision.decidedBy());
            references(file, at + "/actions", decision.actions(), actionIds, "register.action.unknown");
            if (decision.date() != null && decision.date().getYear() < decision.review()) {
                problems.add(file.error(at + "/date", "register.decision.before-review", decision.date(), decision.review()));
            }
        }
    }

    /** The annual cycle: unique ids, known roles and actions, routine pages that exist, one month per quarter. */
    private void cycle(Set<String> actionIds) {
        DataFile file = files.get(DataKind.CYCLE);
        Map<String, Integer> seen = new HashMap<>();
        List<CycleActivity> activities = register.cycle().activities();
        for (int i = 0; i < activities.size(); i++) {
            CycleActivity activity = activities.get(i);
            String at = "/activities/" + i;
            Integer first = seen.putIfAbsent(activity.id().toLowerCase(java.util.Locale.ROOT), i);
            if (first != null) {
                problems.add(sameId(file, at + "/id", activity.id(), activities.get(first).id(), file.path() + "#/activities/" + first));
            }
            role(file, at + "/responsible", activity.responsible());
            references(file, at + "/actions", activity.actions(), actionIds, "register.action.unknown");
            if (activity.routine() != null && !java.nio.file.Files.isRegularFile(contentDir.resolve(activity.routine()).normalize())) {
                problems.add(file.error(at + "/routine", "register.routine.missing", activity.routine()));
            }
            boolean onePerQuarter = activity.months().size() == 4
                    && activity.months().stream().map(month -> (month - 1) / 3).distinct().count() == 4;
            if (activity.fromYear() != null && activity.recurrence() != Recurrence.BIENNIAL) {
                problems.add(file.warning(at + "/fromYear", "register.cycle.from-year.unused", activity.fromYear()));
            }
            if (activity.recurrence() == Recurrence.QUARTERLY && !onePerQuarter) {
                problems.add(file.error(at + "/months", "register.cycle.quarterly", activity.months()));
            }
        }
    }

    private void uniqueIds() {
        // By the id in lower case: a record's page is named by its id, and T-CRM.html and t-crm.html are one file on Windows and macOS.
        Map<String, String> seen = new HashMap<>();
        Map<String, String> seenId = new HashMap<>();
        record Entry(DataKind kind, String array, List<? extends Visible> records) {
        }
        List<Entry> entries = List.of(
                new Entry(DataKind.ASSETS, "assets", register.assets()),
                new Entry(DataKind.PROCESSES, "processes", register.processes()),
                new Entry(DataKind.PROCESSING, "records", register.records()),
                new Entry(DataKind.ACTIONS, "actions", register.actions()),
                new Entry(DataKind.FINDINGS, "findings", register.findings()),
                new Entry(DataKind.RISKS, "risks", register.risks()),
                new Entry(DataKind.DECISIONS, "decisions", register.decisions()));
        for (Entry entry : entries) {
            DataFile file = files.get(entry.kind());
            for (int i = 0; i < entry.records().size(); i++) {
                String id = entry.records().get(i).id();
                String where = file.path() + "#/" + entry.array() + "/" + i;
                String key = id.toLowerCase(java.util.Locale.ROOT);
                String first = seen.putIfAbsent(key, where);
                if (first != null) {
                    String other = seenId.get(key);
                    problems.add(other.equals(id) ? file.error("/" + entry.array() + "/" + i + "/id", "register.id.duplicate", id, first)
                            : file.error("/" + entry.array() + "/" + i + "/id", "register.id.case", id, other, first));
                } else {
                    seenId.put(key, id);
                }
            }
        }
        Map<String, Integer> roleIds = new HashMap<>();
        List<Role> roleList = register.organisation().roles();
        for (int i = 0; i < roleList.size(); i++) {
            Integer first = roleIds.putIfAbsent(roleList.get(i).id().toLowerCase(java.util.Locale.ROOT), i);
            if (first != null) {
                DataFile organisation = files.get(DataKind.ORGANISATION);
                problems.add(sameId(organisation, "/roles/" + i + "/id", roleList.get(i).id(), roleList.get(first).id(),
                        organisation.path() + "#/roles/" + first));
            }
        }
    }

    /** An id written twice, or one that differs from another only in case: their pages would be one file on Windows and macOS. */
    private static Problem sameId(DataFile file, String pointer, String id, String other, String where) {
        return other.equals(id) ? file.error(pointer, "register.id.duplicate", id, where)
                : file.error(pointer, "register.id.case", id, other, where);
    }

    private void classifications(DataFile file, String at, List<Classification> classifications) {
        LocalDate previous = null;
        for (int c = 0; c < classifications.size(); c++) {
            Classification classification = classifications.get(c);
            String here = at + "/" + c;
            previous = dated(file, here + "/date", classification.date(), previous);
            role(file, here + "/classifiedBy", classification.classifiedBy());
            for (Map.Entry<String, Integer> level : classification.levels().entrySet()) {
                if (!scale.hasAspect(level.getKey())) {
                    problems.add(file.error(here + "/levels/" + level.getKey(), "register.aspect.unknown",
                            level.getKey(), String.join(", ", scale.aspects().keySet())));
                } else if (!scale.hasLevel(level.getValue())) {
                    problems.add(file.error(here + "/levels/" + level.getKey(), "register.level.unknown",
                            level.getValue(), level.getKey(), scale.levels().keySet().stream().map(String::valueOf)
                                    .collect(Collectors.joining(", "))));
                }
            }
        }
    }

    /**
     * The error for a {@code value} after today, with today's date; and, when the build took it from
     * SOURCE_DATE_EPOCH, saying so, as that day may be far from the real one.
     */
    private Problem future(DataFile file, String pointer, String key, Object value) {
        return BuildClock.isFromEnvironment(today)
                ? file.error(pointer, key + ".epoch", value, today, BuildClock.VARIABLE + "=" + System.getenv(BuildClock.VARIABLE).strip())
                : file.error(pointer, key, value, today);
    }

    /** Checks a date against today and the previous one in its list; returns it for the next. */
    private LocalDate dated(DataFile file, String pointer, LocalDate date, LocalDate previous) {
        if (date == null) {
            return previous;
        }
        if (date.isAfter(today)) {
            problems.add(future(file, pointer, "register.date.future", date));
        }
        if (previous != null && date.isBefore(previous)) {
            problems.add(file.error(pointer, "register.date.order", date, previous));
        }
        return date;
    }

    private void role(DataFile file, String pointer, String id) {
        if (id != null && !roles.contains(id)) {
            problems.add(file.error(pointer, "register.role.unknown", id, hint(roles)));
        }
    }

    private void reference(DataFile file, String pointer, String id, Set<String> valid, String key) {
        if (id != null && !valid.contains(id)) {
            problems.add(file.error(pointer, key, id, hint(valid)));
        }
    }

    private void references(DataFile file, String pointer, List<String> ids, Set<String> valid, String key) {
        for (int j = 0; j < ids.size(); j++) {
            reference(file, pointer + "/" + j, ids.get(j), valid, key);
        }
    }

    private static Set<String> ids(List<? extends Visible> records) {
        return records.stream().map(Visible::id).collect(Collectors.toSet());
    }

    /** The assets a process lists, as a set: a process may list thousands, each of which names it. */
    private Set<String> assetsOf(Process process) {
        return processAssets.computeIfAbsent(process.id(), id -> Set.copyOf(process.assets()));
    }

    private String hint(Set<String> ids) {
        return hints.computeIfAbsent(ids, CrossReferenceCheck::hintList);
    }

    /** A short, sorted list of valid ids for a hint. */
    private static String hintList(Set<String> ids) {
        List<String> sorted = ids.stream().sorted().toList();
        if (sorted.isEmpty()) {
            return "(inga)";
        }
        return sorted.size() <= 12 ? String.join(", ", sorted) : String.join(", ", sorted.subList(0, 12)) + " …";
    }
}
