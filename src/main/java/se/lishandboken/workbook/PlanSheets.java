package se.lishandboken.workbook;

import static se.lishandboken.workbook.Sheets.joined;
import static se.lishandboken.workbook.Sheets.row;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import se.lishandboken.register.Action;
import se.lishandboken.register.Cycle;
import se.lishandboken.register.Finding;
import se.lishandboken.register.Risk;
import se.lishandboken.register.StatusChange;
import se.lishandboken.register.YearMetrics;

/** The sheets of what the organisation does: actions and their history, findings, risks, metrics and the annual cycle. */
final class PlanSheets {
    private PlanSheets() {
    }

    /** The actions; the status column is the current status. */
    static SheetData actions(List<Action> actions) {
        return Sheets.of("actions", Map.of(3, Choice.ROLES, 4, Choice.ACTION_STATUSES), actions.stream().map(a -> row(a.id(),
                a.title(), a.planYear(), a.responsible(), JsonNames.of(a.status()), a.due(), a.lastYear(), a.recurring(),
                joined(a.findings()), joined(a.risks()), joined(a.assets()), a.recorded(), a.description(),
                a.visibility().dataName())).toList());
    }

    /** One row per status change of each action. */
    static SheetData actionHistory(List<Action> actions) {
        List<List<Object>> rows = new ArrayList<>();
        for (Action action : actions) {
            for (StatusChange change : action.history()) {
                rows.add(row(action.id(), change.date(), JsonNames.of(change.status()), change.note()));
            }
        }
        return Sheets.of("action-history", Map.of(2, Choice.ACTION_STATUSES), rows);
    }

    static SheetData findings(List<Finding> findings) {
        return Sheets.of("findings", Map.of(6, Choice.FINDING_STATUSES), findings.stream().map(f -> row(f.id(), f.title(),
                JsonNames.of(f.source()), JsonNames.of(f.kind()), f.date(), f.reference(), JsonNames.of(f.status()), f.text(),
                f.visibility().dataName())).toList());
    }

    static SheetData risks(List<Risk> risks) {
        return Sheets.of("risks", Map.of(2, Choice.ROLES), risks.stream().map(r -> row(r.id(), r.title(), r.owner(),
                r.likelihood(), r.consequence(), r.level() == 0 ? null : r.level(), r.assessed(), JsonNames.of(r.treatment().decision()),
                joined(r.treatment().actions()), r.treatment().decidedBy(), r.description(), r.visibility().dataName())).toList());
    }

    static SheetData metrics(List<YearMetrics> metrics) {
        return Sheets.of("metrics", Map.of(), metrics.stream().map(m -> row(m.year(),
                m.incidents() == null ? null : m.incidents().total(),
                m.incidents() == null ? null : m.incidents().reportedInIncidentSystem(),
                m.incidents() == null ? null : m.incidents().followedUp(),
                m.incidents() == null ? null : joined(m.incidents().byCategory().entrySet().stream().map(e -> e.getKey() + ": " + e.getValue()).toList()),
                m.continuityExercises(), m.note())).toList());
    }

    static SheetData cycle(Cycle cycle) {
        return Sheets.of("cycle", Map.of(4, Choice.ROLES), cycle.activities().stream().map(a -> row(a.id(), a.title(),
                joined(a.months()), JsonNames.of(a.recurrence()), a.responsible(), a.fromYear(), joined(a.actions()), a.routine(),
                a.description())).toList());
    }
}
