package se.lishandboken.register;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import se.lishandboken.problem.Problem;

/**
 * The checks of the Statement of Applicability ({@code data/controls.json}) a schema cannot make: each
 * control is in its framework's catalogue once, and every control of a catalogue it uses is there;
 * its role, actions, risks and findings exist; a control that does not apply says why; its statuses are
 * in date order and not in the future; and its justification is not older than the review interval.
 */
final class ControlCheck {
    private final Register register;
    private final DataFile file;
    private final LocalDate today;
    private final int reviewMonths;
    private final List<Problem> problems = new ArrayList<>();

    /**
     * @param reviewMonths how old a justification may be before it is to be reviewed ({@code lis.soa.review-months})
     */
    ControlCheck(Register register, DataFile file, LocalDate today, int reviewMonths) {
        this.register = register;
        this.file = file;
        this.today = today;
        this.reviewMonths = reviewMonths;
    }

    List<Problem> run() {
        Set<String> roles = register.organisation().roles().stream().map(Role::id).collect(Collectors.toSet());
        Set<String> actions = ids(register.actions());
        Set<String> risks = ids(register.risks());
        Set<String> findings = ids(register.findings());
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < register.controls().size(); i++) {
            Control control = register.controls().get(i);
            String at = "/controls/" + i;
            if (!seen.add(control.key())) {
                problems.add(file.error(at + "/id", "register.control.duplicate", control.key()));
            }
            catalogued(control, at);
            if (control.responsible() != null && !roles.contains(control.responsible())) {
                problems.add(file.error(at + "/responsible", "register.role.unknown", control.responsible(), new TreeSet<>(roles)));
            }
            references(at + "/actions", control.actions(), actions, "register.action.unknown");
            references(at + "/risks", control.risks(), risks, "register.risk.unknown");
            references(at + "/findings", control.findings(), findings, "register.finding.unknown");
            justification(control, at);
            LocalDate previous = null;
            for (int s = 0; s < control.statuses().size(); s++) {
                LocalDate date = control.statuses().get(s).date();
                if (date.isAfter(today)) {
                    problems.add(file.error(at + "/statuses/" + s + "/date", "register.date.future", date, today));
                }
                if (previous != null && date.isBefore(previous)) {
                    problems.add(file.error(at + "/statuses/" + s + "/date", "register.date.order", date, previous));
                }
                previous = date;
            }
        }
        missing(seen);
        return problems;
    }

    private void catalogued(Control control, String at) {
        if (register.frameworks().framework(control.framework()).isEmpty()) {
            problems.add(file.error(at + "/framework", "register.control.framework.unknown", control.framework(),
                    register.frameworks().all().stream().map(Framework::framework).collect(Collectors.joining(", "))));
        } else if (register.frameworks().control(control).isEmpty()) {
            problems.add(file.error(at + "/id", "register.control.unknown", control.id(), control.framework()));
        }
    }

    private void justification(Control control, String at) {
        Justification justification = control.justification();
        if (justification == null) {
            problems.add(control.applicable() ? file.warning(at, "register.control.justification.missing", control.key())
                    : file.error(at, "register.control.justification.required", control.key()));
            return;
        }
        if (justification.date() != null && justification.date().isAfter(today)) {
            problems.add(file.error(at + "/justification/date", "register.date.future", justification.date(), today));
        } else if (justification.date() != null && justification.date().plusMonths(reviewMonths).isBefore(today)) {
            problems.add(file.warning(at + "/justification/date", "register.control.justification.old", control.key(),
                    justification.date(), reviewMonths));
        }
    }

    /** Every control of a catalogue the file uses must be in it: the statement covers the whole catalogue. */
    private void missing(Set<String> seen) {
        Set<String> used = register.controls().stream().map(Control::framework).collect(Collectors.toCollection(TreeSet::new));
        for (String name : used) {
            register.frameworks().framework(name).ifPresent(framework -> {
                List<String> absent = framework.controls().stream()
                        .map(entry -> new Control(name, entry.id(), true, null, null, null, null, null, null).key())
                        .filter(key -> !seen.contains(key))
                        .toList();
                if (!absent.isEmpty()) {
                    problems.add(file.warning("/controls", "register.control.missing", framework.shownTitle(), absent.size(),
                            String.join(", ", absent.subList(0, Math.min(10, absent.size())))));
                }
            });
        }
    }

    private void references(String pointer, List<String> ids, Set<String> valid, String key) {
        for (int j = 0; j < ids.size(); j++) {
            if (!valid.contains(ids.get(j))) {
                problems.add(file.error(pointer + "/" + j, key, ids.get(j), new TreeSet<>(valid)));
            }
        }
    }

    private static Set<String> ids(List<? extends Visible> records) {
        return Stream.of(records).flatMap(List::stream).map(Visible::id).collect(Collectors.toSet());
    }
}
