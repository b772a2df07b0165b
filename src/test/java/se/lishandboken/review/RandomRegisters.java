package se.lishandboken.review;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import se.lishandboken.register.AccessReview;
import se.lishandboken.register.Action;
import se.lishandboken.register.ActionSource;
import se.lishandboken.register.Agreement;
import se.lishandboken.register.Asset;
import se.lishandboken.register.Classification;
import se.lishandboken.register.Cycle;
import se.lishandboken.register.CycleActivity;
import se.lishandboken.register.ElearningResult;
import se.lishandboken.register.Evidence;
import se.lishandboken.register.Finding;
import se.lishandboken.register.FindingStatus;
import se.lishandboken.register.FindingStatusChange;
import se.lishandboken.register.IncidentMetrics;
import se.lishandboken.register.Organisation;
import se.lishandboken.register.Process;
import se.lishandboken.register.ProcessingRecord;
import se.lishandboken.register.Processor;
import se.lishandboken.register.Recurrence;
import se.lishandboken.register.Register;
import se.lishandboken.register.Risk;
import se.lishandboken.register.RiskAssessment;
import se.lishandboken.register.Role;
import se.lishandboken.register.Status;
import se.lishandboken.register.StatusChange;
import se.lishandboken.register.Treatment;
import se.lishandboken.register.Unit;
import se.lishandboken.register.Visibility;
import se.lishandboken.register.Visible;
import se.lishandboken.register.YearMetrics;

/**
 * Random registers for the review's as-of property, with a random review date, and the same register
 * grown by random {@link Addition}s dated after that date.
 *
 * <p>The registers keep the rules the register loader enforces: ids unique across the register and
 * matching the schemas' pattern, references that resolve, histories oldest first and not before the
 * record entered the register, a plan year not after the last year, risks with at least one assessment,
 * an accepted risk with the role that accepted it.
 *
 * <p>A scenario is made from a {@link Seed}: the random choices, every date a number of days from the
 * review date and every reference a number taken modulo the records there are. {@link Seed#smaller()}
 * gives simpler seeds (one record, entry or addition fewer; a date on the review day), each again a valid
 * register, so a failing seed can be shrunk to a counterexample that shows only what matters.
 */
final class RandomRegisters {
    /** The roles and units every generated record names. */
    static final Organisation ORGANISATION = new Organisation(
            List.of(new Role("isam", "Informationssäkerhetssamordnare", "enhet-a", null),
                    new Role("agare", "Objektägare", "enhet-b", null),
                    new Role("vd", "VD", null, "Fattar beslut om risker som accepteras."),
                    new Role("dso", "Dataskyddsombud", null, null)),
            List.of(new Unit("enhet-a", "Enhet A", 12), new Unit("enhet-b", "Enhet B", 30)));
    private static final List<String> ROLES = ORGANISATION.roles().stream().map(Role::id).toList();
    private static final LocalDate FIRST_REVIEW = LocalDate.of(2020, 1, 1);
    private static final int REVIEW_DAYS = (int) ChronoUnit.DAYS.between(FIRST_REVIEW, LocalDate.of(2029, 12, 31));
    /** How far before the review date the original register reaches, and how far after. */
    private static final int EARLIEST = -2500;
    private static final int LATEST = 100;
    private static final int MAX_GAP = 300;
    private static final String[] ACCESS_RESULTS = {"utan-avvikelse", "avvikelser-atgardade", "avvikelser-kvar"};

    private RandomRegisters() {
    }

    /**
     * A review among the site's reviews, the handbook's pages, a register, and the register grown by additions.
     *
     * @param review the review, as its page states it
     * @param reviews every review of the site, this one included
     * @param pages the handbook's pages
     * @param register the register
     * @param additions what was added after the review date
     * @param later the register with the additions
     */
    record Scenario(ReviewDates.Stated review, List<ReviewDates.Stated> reviews, List<HandbookPage> pages, Register register,
            List<Addition> additions, Register later) {

        LocalDate date() {
            return review.date();
        }

        ReviewDates dates() {
            return ReviewDates.of(review, reviews);
        }

        @Override
        public String toString() {
            return "review " + review + "\n  among " + reviews + "\n  pages " + pages + "\n  additions " + additions
                    + "\n  register " + register + "\n  later " + later;
        }
    }

    /** What can be added to a register after a review date. */
    enum Kind {
        NEW_ASSET, NEW_PROCESS, NEW_RECORD, NEW_ACTION,
        /** An action without a {@code recorded} date, whose first status is after the review date. */
        NEW_UNRECORDED_ACTION,
        NEW_FINDING, NEW_RISK,
        /** Metrics for a year not over on the review date (its year or later). */
        NEW_METRICS,
        /** A cycle established after the review date, where the register had none. */
        NEW_CYCLE,
        ASSET_CLASSIFIED, ASSET_ACCESS_REVIEWED, PROCESS_CLASSIFIED, ACTION_STATUS, FINDING_STATUS, RISK_ASSESSED,
        /** A processing activity gains a processor whose agreement is signed after the review date. */
        PROCESSOR_SIGNED,
        /** A processing activity never reviewed is reviewed ({@code updated}) after the review date. */
        RECORD_FIRST_REVIEWED,
        /** A processing activity reviewed before is reviewed again after the review date: {@code updated} moves on. */
        RECORD_REVIEWED_AGAIN,
        /** An activity of the annual cycle comes to carry out the newest action added. */
        CYCLE_CARRIES_NEW_ACTION
    }

    /**
     * One thing added after the review date.
     *
     * @param kind what is added
     * @param target the record it is added to (modulo their number), where it is added to one
     * @param days how many days after the review date (or after the target's latest entry, if later) it is dated
     * @param variant picks statuses, levels, plan years and the like
     * @param gaps days between the entries of a new record's own history
     * @param refs records that come to refer to a new record, and that it refers to (modulo their number)
     */
    record Addition(Kind kind, int target, int days, int variant, List<Integer> gaps, List<Integer> refs) {

        Stream<Addition> smaller() {
            return concat(
                    days > 1 ? Stream.of(new Addition(kind, target, 1, variant, gaps, refs)) : Stream.empty(),
                    target > 0 ? Stream.of(new Addition(kind, 0, days, variant, gaps, refs)) : Stream.empty(),
                    variant > 0 ? Stream.of(new Addition(kind, target, days, 0, gaps, refs)) : Stream.empty(),
                    shorter(gaps).map(less -> new Addition(kind, target, days, variant, less, refs)),
                    shorter(refs).map(less -> new Addition(kind, target, days, variant, gaps, less)));
        }
    }

    /**
     * The random choices a scenario is made from.
     *
     * @param reviewDay the review date, in days from 2020-01-01
     * @param period the stated period's length and how many days before the review date it ends; null for none
     * @param earlierReviews the site's earlier reviews, in days before this one
     * @param pages the handbook pages' next review dates, in days from the review date (null for none)
     * @param register the register
     * @param additions what is added after the review date
     */
    record Seed(int reviewDay, Entry period, List<Integer> earlierReviews, List<Integer> pages, RegisterSeed register,
            List<Addition> additions) {

        Scenario scenario() {
            LocalDate date = FIRST_REVIEW.plusDays(reviewDay);
            ReviewPeriod stated = period == null ? null
                    : new ReviewPeriod(date.minusDays(period.value() + period.gap()), date.minusDays(period.value()));
            ReviewDates.Stated review = new ReviewDates.Stated(date.getYear(), date, stated);
            List<ReviewDates.Stated> reviews = new ArrayList<>(List.of(review));
            earlierReviews.stream().distinct().map(date::minusDays)
                    .forEach(other -> reviews.add(new ReviewDates.Stated(other.getYear(), other, null)));
            List<HandbookPage> handbook = new ArrayList<>();
            for (int i = 0; i < pages.size(); i++) {
                Integer next = pages.get(i);
                handbook.add(new HandbookPage("Sida " + i, "sidor/sida-" + i + ".html", next == null ? null : date.plusDays(next)));
            }
            Register original = register.register(date);
            return new Scenario(review, List.copyOf(reviews), List.copyOf(handbook), original, additions,
                    new Growth(original, date).grow(additions));
        }

        /** The same review and register without the site's other reviews and handbook pages. */
        Seed alone() {
            return new Seed(reviewDay, period, List.of(), List.of(), register, additions);
        }

        /** Simpler seeds, simplest changes first: fewer additions, then a smaller register, then fewer reviews and pages. */
        Stream<Seed> smaller() {
            return concat(
                    simpler(additions, Addition::smaller).map(less -> new Seed(reviewDay, period, earlierReviews, pages, register, less)),
                    register.smaller().map(less -> new Seed(reviewDay, period, earlierReviews, pages, less, additions)),
                    period != null ? Stream.of(new Seed(reviewDay, null, earlierReviews, pages, register, additions)) : Stream.empty(),
                    shorter(earlierReviews).map(less -> new Seed(reviewDay, period, less, pages, register, additions)),
                    shorter(pages).map(less -> new Seed(reviewDay, period, earlierReviews, less, register, additions)));
        }
    }

    /** A seed for a random scenario whose additions are of the given kinds. */
    static Seed seed(Random random, Set<Kind> kinds) {
        Choices choose = new Choices(random);
        List<Kind> additionKinds = List.copyOf(kinds);
        return new Seed(choose.between(0, REVIEW_DAYS),
                choose.chance(0.5) ? new Entry(choose.between(0, 500), choose.between(0, 60)) : null,
                choose.list(0, 2, () -> choose.between(1, 900)),
                choose.list(0, 3, () -> choose.orNull(0.2, () -> choose.between(-400, 400))),
                choose.register(),
                choose.list(0, 8, () -> new Addition(additionKinds.get(choose.between(0, additionKinds.size() - 1)), choose.between(0, 20),
                        choose.between(1, MAX_GAP), choose.between(0, 11), choose.list(0, 3, () -> choose.between(0, 200)), choose.refs())));
    }

    // ---- The original register ----

    /**
     * A dated entry of a history: days after the entry before, and a value (a level, a status, …).
     *
     * @param gap days after the entry before (the first: after the record's start)
     * @param value what the entry says, as a number
     */
    record Entry(int gap, int value) {
    }

    /** What every record has: where its dates start, whether it says when it entered the register, who sees it, its role. */
    private record Common(int start, boolean recorded, boolean managementOnly, int role) {
        LocalDate startOn(LocalDate date) {
            return date.plusDays(start);
        }

        LocalDate recordedOn(LocalDate date) {
            return recorded ? startOn(date) : null;
        }

        Visibility visibility() {
            return managementOnly ? Visibility.LEDNING : Visibility.INTRANET;
        }

        String owner() {
            return ROLES.get(role);
        }

        Stream<Common> smaller() {
            return concat(
                    start != 0 ? Stream.of(new Common(0, recorded, managementOnly, role)) : Stream.empty(),
                    managementOnly ? Stream.of(new Common(start, recorded, false, role)) : Stream.empty());
        }
    }

    private record AssetSeed(Common common, boolean personalData, List<Entry> classifications, List<Entry> accessReviews,
            Integer reclassificationMonths, List<Integer> processes, List<Integer> records) {

        Stream<AssetSeed> smaller() {
            return concat(
                    common.smaller().map(c -> new AssetSeed(c, personalData, classifications, accessReviews, reclassificationMonths, processes, records)),
                    shorter(classifications).map(l -> new AssetSeed(common, personalData, l, accessReviews, reclassificationMonths, processes, records)),
                    shorter(accessReviews).map(l -> new AssetSeed(common, personalData, classifications, l, reclassificationMonths, processes, records)),
                    shorter(processes).map(l -> new AssetSeed(common, personalData, classifications, accessReviews, reclassificationMonths, l, records)),
                    shorter(records).map(l -> new AssetSeed(common, personalData, classifications, accessReviews, reclassificationMonths, processes, l)));
        }
    }

    private record ProcessSeed(Common common, List<Entry> classifications, List<Integer> assets) {

        Stream<ProcessSeed> smaller() {
            return concat(
                    common.smaller().map(c -> new ProcessSeed(c, classifications, assets)),
                    shorter(classifications).map(l -> new ProcessSeed(common, l, assets)),
                    shorter(assets).map(l -> new ProcessSeed(common, classifications, l)));
        }
    }

    /** A processing activity; its processors' entries are (days after the start it was signed, 0 signed / 1 in progress / 2 missing). */
    private record RecordSeed(Common common, Integer process, List<Entry> processors, Integer updated) {

        Stream<RecordSeed> smaller() {
            return concat(
                    common.smaller().map(c -> new RecordSeed(c, process, processors, updated)),
                    process != null ? Stream.of(new RecordSeed(common, null, processors, updated)) : Stream.empty(),
                    shorter(processors).map(l -> new RecordSeed(common, process, l, updated)),
                    updated != null ? Stream.of(new RecordSeed(common, process, processors, null)) : Stream.empty());
        }
    }

    private record ActionSeed(Common common, int planYear, Integer moreYears, boolean recurring, List<Entry> history,
            List<Integer> findings, List<Integer> risks, List<Integer> assets, Integer due) {

        Stream<ActionSeed> smaller() {
            return concat(
                    common.smaller().map(c -> new ActionSeed(c, planYear, moreYears, recurring, history, findings, risks, assets, due)),
                    history.size() > 1
                            ? shorter(history).map(l -> new ActionSeed(common, planYear, moreYears, recurring, l, findings, risks, assets, due))
                            : Stream.empty(),
                    shorter(findings).map(l -> new ActionSeed(common, planYear, moreYears, recurring, history, l, risks, assets, due)),
                    shorter(risks).map(l -> new ActionSeed(common, planYear, moreYears, recurring, history, findings, l, assets, due)),
                    shorter(assets).map(l -> new ActionSeed(common, planYear, moreYears, recurring, history, findings, risks, l, due)),
                    moreYears != null ? Stream.of(new ActionSeed(common, planYear, null, recurring, history, findings, risks, assets, due))
                            : Stream.empty(),
                    due != null ? Stream.of(new ActionSeed(common, planYear, moreYears, recurring, history, findings, risks, assets, null))
                            : Stream.empty());
        }
    }

    private record FindingSeed(Common common, Finding.Source source, Finding.Kind kind, List<Entry> history) {

        Stream<FindingSeed> smaller() {
            return concat(
                    common.smaller().map(c -> new FindingSeed(c, source, kind, history)),
                    history.size() > 1 ? shorter(history).map(l -> new FindingSeed(common, source, kind, l)) : Stream.empty());
        }
    }

    /** A risk; its assessments' values are likelihood − 1 + 4 × (consequence − 1). */
    private record RiskSeed(Common common, List<Entry> assessments, Treatment.Decision decision, List<Integer> actions) {

        Stream<RiskSeed> smaller() {
            return concat(
                    common.smaller().map(c -> new RiskSeed(c, assessments, decision, actions)),
                    assessments.size() > 1 ? shorter(assessments).map(l -> new RiskSeed(common, l, decision, actions)) : Stream.empty(),
                    shorter(actions).map(l -> new RiskSeed(common, assessments, decision, l)));
        }
    }

    private record YearSeed(int year, int phishing, int lostDevices, int reported, int followedUp, int employees, int completed,
            int exercises) {
    }

    private record ActivitySeed(int month, int moreMonths, Recurrence recurrence, int fromYear, List<Integer> actions, Evidence evidence,
            int role) {

        Stream<ActivitySeed> smaller() {
            return shorter(actions).map(l -> new ActivitySeed(month, moreMonths, recurrence, fromYear, l, evidence, role));
        }
    }

    private record CycleSeed(Integer startYear, Integer established, List<ActivitySeed> activities) {

        Stream<CycleSeed> smaller() {
            return concat(
                    simpler(activities, ActivitySeed::smaller).map(l -> new CycleSeed(startYear, established, l)),
                    established != null ? Stream.of(new CycleSeed(startYear, null, activities)) : Stream.empty(),
                    startYear != null ? Stream.of(new CycleSeed(null, established, activities)) : Stream.empty());
        }
    }

    private record RegisterSeed(List<AssetSeed> assets, List<ProcessSeed> processes, List<RecordSeed> records, List<ActionSeed> actions,
            List<FindingSeed> findings, List<RiskSeed> risks, List<YearSeed> years, CycleSeed cycle) {

        Stream<RegisterSeed> smaller() {
            return concat(
                    cycle != null ? Stream.of(new RegisterSeed(assets, processes, records, actions, findings, risks, years, null)) : Stream.empty(),
                    simpler(assets, AssetSeed::smaller).map(l -> new RegisterSeed(l, processes, records, actions, findings, risks, years, cycle)),
                    simpler(processes, ProcessSeed::smaller).map(l -> new RegisterSeed(assets, l, records, actions, findings, risks, years, cycle)),
                    simpler(records, RecordSeed::smaller).map(l -> new RegisterSeed(assets, processes, l, actions, findings, risks, years, cycle)),
                    simpler(actions, ActionSeed::smaller).map(l -> new RegisterSeed(assets, processes, records, l, findings, risks, years, cycle)),
                    simpler(findings, FindingSeed::smaller).map(l -> new RegisterSeed(assets, processes, records, actions, l, risks, years, cycle)),
                    simpler(risks, RiskSeed::smaller).map(l -> new RegisterSeed(assets, processes, records, actions, findings, l, years, cycle)),
                    shorter(years).map(l -> new RegisterSeed(assets, processes, records, actions, findings, risks, l, cycle)),
                    cycle != null ? cycle.smaller().map(c -> new RegisterSeed(assets, processes, records, actions, findings, risks, years, c))
                            : Stream.empty());
        }

        Register register(LocalDate date) {
            int assetCount = assets.size();
            int processCount = processes.size();
            int recordCount = records.size();
            int actionCount = actions.size();
            List<Asset> assetList = new ArrayList<>();
            for (int i = 0; i < assetCount; i++) {
                AssetSeed seed = assets.get(i);
                Common c = seed.common();
                List<LocalDate> classified = dated(c.startOn(date), seed.classifications());
                List<LocalDate> reviewed = dated(c.startOn(date), seed.accessReviews());
                assetList.add(new Asset("T" + i, "Tillgång " + i, null, c.owner(), null, i % 2 == 0 ? "enhet-a" : null,
                        ids("P", seed.processes(), processCount), null, null, seed.personalData(), ids("REC", seed.records(), recordCount),
                        indexed(classified, (k, day) -> classification(day, seed.classifications().get(k).value(), c.owner())),
                        seed.reclassificationMonths(),
                        indexed(reviewed, (k, day) -> new AccessReview(day, ACCESS_RESULTS[seed.accessReviews().get(k).value()], null)),
                        List.of(), c.recordedOn(date), c.visibility()));
            }
            List<Process> processList = new ArrayList<>();
            for (int i = 0; i < processCount; i++) {
                ProcessSeed seed = processes.get(i);
                Common c = seed.common();
                processList.add(new Process("P" + i, "Process " + i, null, c.owner(), ids("T", seed.assets(), assetCount),
                        indexed(dated(c.startOn(date), seed.classifications()),
                                (k, day) -> classification(day, seed.classifications().get(k).value(), c.owner())),
                        c.recordedOn(date), c.visibility()));
            }
            List<ProcessingRecord> recordList = new ArrayList<>();
            for (int i = 0; i < recordCount; i++) {
                RecordSeed seed = records.get(i);
                Common c = seed.common();
                List<Processor> processors = new ArrayList<>();
                for (int p = 0; p < seed.processors().size(); p++) {
                    Entry processor = seed.processors().get(p);
                    Agreement agreement = switch (processor.value()) {
                        case 0 -> new Agreement(Agreement.Status.SIGNED, c.startOn(date).plusDays(processor.gap()));
                        case 1 -> new Agreement(Agreement.Status.IN_PROGRESS, null);
                        default -> new Agreement(Agreement.Status.MISSING, null);
                    };
                    processors.add(new Processor("Leverantör " + p, agreement));
                }
                recordList.add(processingRecord("REC" + i, seed.process() == null || processCount == 0 ? null : "P" + seed.process() % processCount,
                        processors, seed.updated() == null ? null : c.startOn(date).plusDays(seed.updated()), c.recordedOn(date), c.visibility()));
            }
            List<Action> actionList = new ArrayList<>();
            for (int i = 0; i < actionCount; i++) {
                ActionSeed seed = actions.get(i);
                Common c = seed.common();
                int planYear = date.getYear() + seed.planYear();
                actionList.add(new Action("A" + i, "Åtgärd " + i, null, planYear, seed.moreYears() == null ? null : planYear + seed.moreYears(),
                        c.owner(), new ActionSource(ActionSource.Type.values()[c.role() % ActionSource.Type.values().length], null),
                        ids("F", seed.findings(), findings.size()), ids("RISK", seed.risks(), risks.size()),
                        ids("T", seed.assets(), assetCount), seed.due() == null ? null : date.plusDays(seed.due()), seed.recurring(),
                        indexed(dated(c.startOn(date), seed.history()),
                                (k, day) -> new StatusChange(day, Status.values()[seed.history().get(k).value()], null)),
                        c.recordedOn(date), c.visibility()));
            }
            List<Finding> findingList = new ArrayList<>();
            for (int i = 0; i < findings.size(); i++) {
                FindingSeed seed = findings.get(i);
                Common c = seed.common();
                findingList.add(new Finding("F" + i, seed.source(), c.startOn(date), "Punkt " + i, "Iakttagelse " + i, "Text " + i, seed.kind(),
                        indexed(dated(c.startOn(date), seed.history()),
                                (k, day) -> new FindingStatusChange(day, FindingStatus.values()[seed.history().get(k).value()], null)),
                        c.visibility()));
            }
            List<Risk> riskList = new ArrayList<>();
            for (int i = 0; i < risks.size(); i++) {
                RiskSeed seed = risks.get(i);
                Common c = seed.common();
                riskList.add(risk("RISK" + i, c.owner(), indexed(dated(c.startOn(date), seed.assessments()), (k, day) -> {
                    int value = seed.assessments().get(k).value();
                    return new RiskAssessment(day, value % 4 + 1, value / 4 + 1, null);
                }), treatment(seed.decision(), ids("A", seed.actions(), actionCount)), c.visibility()));
            }
            List<YearMetrics> metrics = new ArrayList<>();
            Set<Integer> seen = new HashSet<>();
            for (YearSeed seed : years) {
                if (seen.add(seed.year())) {
                    metrics.add(metrics(date.getYear() + seed.year(), seed));
                }
            }
            return new Register(ORGANISATION, assetList, processList, recordList, actionList, findingList, riskList, metrics,
                    cycle == null ? Cycle.EMPTY : cycle(date, actionCount));
        }

        private Cycle cycle(LocalDate date, int actionCount) {
            List<CycleActivity> activities = new ArrayList<>();
            for (int i = 0; i < cycle.activities().size(); i++) {
                ActivitySeed seed = cycle.activities().get(i);
                activities.add(activity("AH" + i, seed, date.getYear(), ids("A", seed.actions(), actionCount)));
            }
            return new Cycle(cycle.startYear() == null ? null : date.getYear() + cycle.startYear(),
                    cycle.established() == null ? null : date.plusDays(cycle.established()), activities);
        }
    }

    /** Random choices for a seed. */
    private record Choices(Random random) {

        int between(int min, int max) {
            return min + random.nextInt(max - min + 1);
        }

        boolean chance(double probability) {
            return random.nextDouble() < probability;
        }

        <T> T orNull(double probability, Supplier<T> value) {
            return chance(probability) ? null : value.get();
        }

        <T> List<T> list(int min, int max, Supplier<T> element) {
            return Stream.generate(element).limit(between(min, max)).toList();
        }

        <E extends Enum<E>> E any(Class<E> type) {
            E[] values = type.getEnumConstants();
            return values[random.nextInt(values.length)];
        }

        Common common() {
            return new Common(between(EARLIEST, LATEST), chance(0.5), chance(0.125), between(0, ROLES.size() - 1));
        }

        List<Integer> refs() {
            return list(0, 3, () -> between(0, 20));
        }

        List<Entry> history(int min, int max, int values) {
            return list(min, max, () -> new Entry(between(0, MAX_GAP), between(0, values - 1)));
        }

        /** Up to {@code max} classifications, each with a level of confidentiality from 1 to 4. */
        List<Entry> classifications(int max) {
            return list(0, max, () -> new Entry(between(0, MAX_GAP), between(1, 4)));
        }

        RegisterSeed register() {
            return new RegisterSeed(
                    list(0, 5, () -> new AssetSeed(common(), chance(0.5), classifications(3), history(0, 3, ACCESS_RESULTS.length),
                            orNull(0.5, () -> between(1, 60)), refs(), refs())),
                    list(0, 3, () -> new ProcessSeed(common(), classifications(2), refs())),
                    list(0, 3, () -> new RecordSeed(common(), orNull(0.4, () -> between(0, 20)), history(0, 3, 3),
                            orNull(0.4, () -> between(0, MAX_GAP)))),
                    list(0, 6, () -> new ActionSeed(common(), between(-3, 3), orNull(0.6, () -> between(0, 3)), chance(0.5),
                            history(1, 4, Status.values().length), refs(), refs(), refs(), orNull(0.5, () -> between(-400, 400)))),
                    list(0, 4, () -> new FindingSeed(common(), any(Finding.Source.class), any(Finding.Kind.class),
                            history(1, 3, FindingStatus.values().length))),
                    list(0, 4, () -> new RiskSeed(common(), history(1, 3, 16), any(Treatment.Decision.class), refs())),
                    list(0, 4, () -> new YearSeed(between(-4, 1), between(0, 30), between(0, 30), between(0, 30), between(0, 30),
                            between(0, 30), between(0, 30), between(0, 2))),
                    chance(0.3) ? null : new CycleSeed(orNull(0.5, () -> between(-3, 0)), orNull(0.4, () -> between(EARLIEST, LATEST)),
                            list(0, 4, () -> new ActivitySeed(between(1, 12), between(0, 2), any(Recurrence.class), between(-2, 1), refs(),
                                    any(Evidence.class), between(0, ROLES.size() - 1)))));
        }
    }

    // ---- Simpler lists, for shrinking ----

    @SafeVarargs
    private static <T> Stream<T> concat(Stream<? extends T>... streams) {
        return Stream.of(streams).flatMap(Function.identity());
    }

    /** The list without one of its elements, each in turn. */
    private static <T> Stream<List<T>> shorter(List<T> list) {
        return IntStream.range(0, list.size()).mapToObj(i -> {
            List<T> less = new ArrayList<>(list);
            less.remove(i);
            return (List<T>) java.util.Collections.unmodifiableList(less);
        });
    }

    /** The list without one of its elements, then with one element replaced by a simpler one. */
    private static <T> Stream<List<T>> simpler(List<T> list, Function<T, Stream<T>> smaller) {
        return concat(shorter(list), IntStream.range(0, list.size()).boxed().flatMap(i -> smaller.apply(list.get(i)).map(element -> {
            List<T> changed = new ArrayList<>(list);
            changed.set(i, element);
            return (List<T>) java.util.Collections.unmodifiableList(changed);
        })));
    }

    // ---- Records from their parts ----

    private static Classification classification(LocalDate date, int level, String role) {
        return new Classification(date, Map.of("K", level, "R", 2, "T", 1), "KLASSA", role, null);
    }

    private static ProcessingRecord processingRecord(String id, String process, List<Processor> processors, LocalDate updated,
            LocalDate recorded, Visibility visibility) {
        return new ProcessingRecord(id, "Behandling " + id, "Syfte", "Avtal", List.of("Kunder"), List.of("Namn"), List.of(), "Nej",
                "Ett år", "Behörighetsstyrning", process, processors, updated, recorded, visibility);
    }

    private static Risk risk(String id, String owner, List<RiskAssessment> assessments, Treatment treatment, Visibility visibility) {
        return new Risk(id, "Risk " + id, null, owner, null, null, null, assessments, treatment, visibility);
    }

    private static Treatment treatment(Treatment.Decision decision, List<String> actions) {
        return new Treatment(decision, actions, decision == Treatment.Decision.ACCEPT ? "vd" : null, null);
    }

    private static YearMetrics metrics(int year, YearSeed seed) {
        int completed = Math.min(seed.completed(), seed.employees());
        return new YearMetrics(year, new IncidentMetrics(Map.of("Nätfiske", seed.phishing(), "Förlorad utrustning", seed.lostDevices()),
                seed.reported(), Math.min(seed.followedUp(), seed.reported())),
                seed.employees() == 0 ? List.of() : List.of(new ElearningResult("enhet-a", seed.employees(), completed)),
                seed.exercises(), null);
    }

    private static CycleActivity activity(String id, ActivitySeed seed, int year, List<String> actions) {
        List<Integer> months;
        if (seed.recurrence() == Recurrence.QUARTERLY) {
            int first = (seed.month() - 1) % 3 + 1;
            months = List.of(first, first + 3, first + 6, first + 9);
        } else {
            months = Stream.iterate(seed.month(), month -> month + 1).limit(seed.moreMonths() + 1L).filter(month -> month <= 12).toList();
        }
        return new CycleActivity(id, "Aktivitet " + id, null, months, ROLES.get(seed.role()), seed.recurrence(),
                seed.recurrence() == Recurrence.BIENNIAL ? year + seed.fromYear() : null, null, actions, seed.evidence());
    }

    /** The dates of a history's entries, from {@code start}. */
    private static List<LocalDate> dated(LocalDate start, List<Entry> entries) {
        return chain(start, entries.stream().map(Entry::gap).toList());
    }

    /** Dates from {@code start}, each {@code gaps} days after the one before. */
    private static List<LocalDate> chain(LocalDate start, List<Integer> gaps) {
        List<LocalDate> dates = new ArrayList<>();
        LocalDate day = start;
        for (int gap : gaps) {
            day = day.plusDays(gap);
            dates.add(day);
        }
        return dates;
    }

    private static <T> List<T> indexed(List<LocalDate> dates, java.util.function.BiFunction<Integer, LocalDate, T> entry) {
        List<T> entries = new ArrayList<>();
        for (int k = 0; k < dates.size(); k++) {
            entries.add(entry.apply(k, dates.get(k)));
        }
        return entries;
    }

    /** The distinct ids {@code prefix}+n for the given numbers modulo {@code count}; none if there are none. */
    private static List<String> ids(String prefix, List<Integer> numbers, int count) {
        return count == 0 ? List.of() : numbers.stream().map(n -> prefix + n % count).distinct().toList();
    }

    /** The distinct ids of the records at the given positions modulo their number; none if there are none. */
    private static List<String> idsOf(List<? extends Visible> records, List<Integer> numbers) {
        return records.isEmpty() ? List.of() : numbers.stream().map(n -> records.get(n % records.size()).id()).distinct().toList();
    }

    // ---- The register grown after the review date ----

    /** Applies additions to a register, each dated after the review date and after what it is added to. */
    private static final class Growth {
        private final LocalDate date;
        private final List<Asset> assets;
        private final List<Process> processes;
        private final List<ProcessingRecord> records;
        private final List<Action> actions;
        private final List<Finding> findings;
        private final List<Risk> risks;
        private final List<YearMetrics> metrics;
        private final Organisation organisation;
        private Cycle cycle;
        private int added;
        private String newestAction;

        Growth(Register register, LocalDate date) {
            this.date = date;
            this.organisation = register.organisation();
            this.assets = new ArrayList<>(register.assets());
            this.processes = new ArrayList<>(register.processes());
            this.records = new ArrayList<>(register.records());
            this.actions = new ArrayList<>(register.actions());
            this.findings = new ArrayList<>(register.findings());
            this.risks = new ArrayList<>(register.risks());
            this.metrics = new ArrayList<>(register.metrics());
            this.cycle = register.cycle();
        }

        Register grow(List<Addition> additions) {
            additions.forEach(this::add);
            return new Register(organisation, assets, processes, records, actions, findings, risks, metrics, cycle);
        }

        /** The first day after the review date and after every given date. */
        private LocalDate after(int days, LocalDate... dates) {
            LocalDate latest = Arrays.stream(dates).filter(Objects::nonNull).reduce(date, (a, b) -> a.isAfter(b) ? a : b);
            return latest.plusDays(days);
        }

        private static <T> LocalDate last(List<T> history, Function<T, LocalDate> dateOf) {
            return history.isEmpty() ? null : dateOf.apply(history.get(history.size() - 1));
        }

        private static <T> List<T> plus(Collection<T> list, T element) {
            List<T> longer = new ArrayList<>(list);
            longer.add(element);
            return longer;
        }

        private static List<String> plusId(List<String> ids, String id) {
            return ids.contains(id) ? ids : plus(ids, id);
        }

        private void add(Addition a) {
            String n = String.valueOf(++added);
            int v = a.variant();
            switch (a.kind()) {
                case NEW_ASSET -> {
                    String id = "NT" + n;
                    LocalDate recorded = after(a.days());
                    List<LocalDate> classified = chain(recorded, a.gaps());
                    assets.add(new Asset(id, "Ny tillgång " + n, null, ROLES.get(v % ROLES.size()), null, null,
                            idsOf(processes, a.refs()), null, null, v % 2 == 0, idsOf(records, a.refs()),
                            indexed(classified, (k, day) -> classification(day, v % 4 + 1, "isam")), null,
                            v >= 6 ? List.of(new AccessReview(recorded, ACCESS_RESULTS[0], null)) : List.of(), List.of(), recorded, null));
                    for (int r : a.refs()) {
                        if (r % 2 == 0 && !processes.isEmpty()) {
                            int i = r / 2 % processes.size();
                            Process p = processes.get(i);
                            processes.set(i, new Process(p.id(), p.name(), p.description(), p.owner(), plusId(p.assets(), id), p.classifications(),
                                    p.recorded(), p.visibility()));
                        } else if (!actions.isEmpty()) {
                            int i = r / 2 % actions.size();
                            Action x = actions.get(i);
                            actions.set(i, actionWith(x, x.findings(), x.risks(), plusId(x.assets(), id), x.history()));
                        }
                    }
                }
                case NEW_PROCESS -> {
                    String id = "NP" + n;
                    LocalDate recorded = after(a.days());
                    processes.add(new Process(id, "Ny process " + n, null, ROLES.get(v % ROLES.size()), List.of(),
                            indexed(chain(recorded, a.gaps()), (k, day) -> classification(day, v % 4 + 1, "isam")), recorded,
                            v == 11 ? Visibility.LEDNING : null));
                    for (int r : a.refs()) {
                        if (r % 2 == 0 && !assets.isEmpty()) {
                            int i = r / 2 % assets.size();
                            Asset x = assets.get(i);
                            assets.set(i, assetWith(x, plusId(x.processes(), id), x.processingRecords(), x.classifications(), x.accessReviews()));
                        } else if (!records.isEmpty()) {
                            int i = r / 2 % records.size();
                            ProcessingRecord x = records.get(i);
                            if (x.process() == null) {
                                records.set(i, recordWith(x, id, x.processors(), x.updated()));
                            }
                        }
                    }
                }
                case NEW_RECORD -> {
                    String id = "NREC" + n;
                    LocalDate recorded = after(a.days());
                    List<Processor> processors = new ArrayList<>();
                    for (LocalDate signed : chain(recorded, a.gaps())) {
                        processors.add(new Processor("Ny leverantör", v % 2 == 0 ? new Agreement(Agreement.Status.SIGNED, signed)
                                : new Agreement(Agreement.Status.MISSING, null)));
                    }
                    records.add(processingRecord(id, processes.isEmpty() || v < 4 ? null : processes.get(v % processes.size()).id(), processors,
                            v >= 8 ? recorded : null, recorded, null));
                    for (int r : a.refs()) {
                        if (!assets.isEmpty()) {
                            int i = r % assets.size();
                            Asset x = assets.get(i);
                            assets.set(i, assetWith(x, x.processes(), plusId(x.processingRecords(), id), x.classifications(), x.accessReviews()));
                        }
                    }
                }
                case NEW_ACTION, NEW_UNRECORDED_ACTION -> {
                    String id = "NA" + n;
                    LocalDate first = after(a.days());
                    List<Integer> gaps = a.gaps().isEmpty() ? List.of(0) : a.gaps();
                    int planYear = date.getYear() + v % 5 - 1;
                    List<Status> statuses = List.of(Status.values());
                    actions.add(new Action(id, "Ny åtgärd " + n, null, planYear, v >= 8 ? planYear + 2 : null, ROLES.get(v % ROLES.size()),
                            new ActionSource(ActionSource.Type.RSA, null), idsOf(findings, a.refs()), idsOf(risks, a.refs()),
                            idsOf(assets, a.refs()), v % 3 == 0 ? first.plusDays(30) : null, v % 2 == 1,
                            indexed(chain(first, gaps), (k, day) -> new StatusChange(day, statuses.get((v + k) % statuses.size()), null)),
                            a.kind() == Kind.NEW_ACTION ? first : null, null));
                    newestAction = id;
                    for (int r : a.refs()) {
                        if (!risks.isEmpty()) {
                            int i = r % risks.size();
                            Risk x = risks.get(i);
                            risks.set(i, riskWith(x, x.assessments(), plusId(x.treatment().actions(), id)));
                        }
                    }
                }
                case NEW_FINDING -> {
                    String id = "NF" + n;
                    LocalDate made = after(a.days());
                    List<Integer> gaps = a.gaps().isEmpty() ? List.of(0) : a.gaps();
                    findings.add(new Finding(id, Finding.Source.values()[v % Finding.Source.values().length], made, "Ny punkt " + n,
                            "Ny iakttagelse " + n, "Text", Finding.Kind.values()[v % Finding.Kind.values().length],
                            indexed(chain(made, gaps), (k, day) -> new FindingStatusChange(day, FindingStatus.values()[(v + k) % 3], null)),
                            null));
                    for (int r : a.refs()) {
                        if (!actions.isEmpty()) {
                            int i = r % actions.size();
                            Action x = actions.get(i);
                            actions.set(i, actionWith(x, plusId(x.findings(), id), x.risks(), x.assets(), x.history()));
                        }
                    }
                }
                case NEW_RISK -> {
                    String id = "NRISK" + n;
                    LocalDate first = after(a.days());
                    List<Integer> gaps = a.gaps().isEmpty() ? List.of(0) : a.gaps();
                    Treatment.Decision decision = Treatment.Decision.values()[v % 4];
                    risks.add(risk(id, "agare", indexed(chain(first, gaps), (k, day) -> new RiskAssessment(day, v % 4 + 1, (v + k) % 4 + 1, null)),
                            treatment(decision, idsOf(actions, a.refs())), null));
                    for (int r : a.refs()) {
                        if (!actions.isEmpty()) {
                            int i = r % actions.size();
                            Action x = actions.get(i);
                            actions.set(i, actionWith(x, x.findings(), plusId(x.risks(), id), x.assets(), x.history()));
                        }
                    }
                }
                case NEW_METRICS -> {
                    int year = date.getYear() + v % 4;
                    if (metrics.stream().noneMatch(m -> m.year() == year)) {
                        metrics.add(metrics(year, new YearSeed(0, a.days() % 20, v, 10, 5, 20, a.days() % 21, v % 2)));
                    }
                }
                case NEW_CYCLE -> {
                    if (cycle.equals(Cycle.EMPTY)) {
                        cycle = new Cycle(v % 2 == 0 ? null : date.getYear(), after(a.days()), List.of(
                                activity("NAH" + n, new ActivitySeed(v + 1, 1, Recurrence.YEARLY, 0, List.of(), Evidence.values()[v % 4], 0),
                                        date.getYear(), idsOf(actions, a.refs()))));
                    }
                }
                case ASSET_CLASSIFIED -> {
                    if (!assets.isEmpty()) {
                        int i = a.target() % assets.size();
                        Asset x = assets.get(i);
                        LocalDate day = after(a.days(), x.recorded(), last(x.classifications(), Classification::date));
                        assets.set(i, assetWith(x, x.processes(), x.processingRecords(), plus(x.classifications(), classification(day, v % 4 + 1, "isam")),
                                x.accessReviews()));
                    }
                }
                case ASSET_ACCESS_REVIEWED -> {
                    if (!assets.isEmpty()) {
                        int i = a.target() % assets.size();
                        Asset x = assets.get(i);
                        LocalDate day = after(a.days(), x.recorded(), last(x.accessReviews(), AccessReview::date));
                        assets.set(i, assetWith(x, x.processes(), x.processingRecords(), x.classifications(),
                                plus(x.accessReviews(), new AccessReview(day, ACCESS_RESULTS[v % 3], null))));
                    }
                }
                case PROCESS_CLASSIFIED -> {
                    if (!processes.isEmpty()) {
                        int i = a.target() % processes.size();
                        Process x = processes.get(i);
                        LocalDate day = after(a.days(), x.recorded(), last(x.classifications(), Classification::date));
                        processes.set(i, new Process(x.id(), x.name(), x.description(), x.owner(), x.assets(),
                                plus(x.classifications(), classification(day, v % 4 + 1, "isam")), x.recorded(), x.visibility()));
                    }
                }
                case ACTION_STATUS -> {
                    if (!actions.isEmpty()) {
                        int i = a.target() % actions.size();
                        Action x = actions.get(i);
                        LocalDate day = after(a.days(), x.recorded(), last(x.history(), StatusChange::date));
                        actions.set(i, actionWith(x, x.findings(), x.risks(), x.assets(),
                                plus(x.history(), new StatusChange(day, Status.values()[v % Status.values().length], null))));
                    }
                }
                case FINDING_STATUS -> {
                    if (!findings.isEmpty()) {
                        int i = a.target() % findings.size();
                        Finding x = findings.get(i);
                        LocalDate day = after(a.days(), x.date(), last(x.history(), FindingStatusChange::date));
                        findings.set(i, new Finding(x.id(), x.source(), x.date(), x.reference(), x.title(), x.text(), x.kind(),
                                plus(x.history(), new FindingStatusChange(day, FindingStatus.values()[v % 3], null)), x.visibility()));
                    }
                }
                case RISK_ASSESSED -> {
                    if (!risks.isEmpty()) {
                        int i = a.target() % risks.size();
                        Risk x = risks.get(i);
                        LocalDate day = after(a.days(), last(x.assessments(), RiskAssessment::date));
                        risks.set(i, riskWith(x, plus(x.assessments(), new RiskAssessment(day, v % 4 + 1, (v / 4) % 4 + 1, null)),
                                x.treatment().actions()));
                    }
                }
                case PROCESSOR_SIGNED -> {
                    if (!records.isEmpty()) {
                        int i = a.target() % records.size();
                        ProcessingRecord x = records.get(i);
                        records.set(i, recordWith(x, x.process(), plus(x.processors(),
                                new Processor("Ny leverantör " + n, new Agreement(Agreement.Status.SIGNED, after(a.days(), x.recorded())),
                                        after(a.days(), x.recorded()))),
                                x.updated()));
                    }
                }
                case RECORD_FIRST_REVIEWED, RECORD_REVIEWED_AGAIN -> {
                    if (!records.isEmpty()) {
                        int i = a.target() % records.size();
                        ProcessingRecord x = records.get(i);
                        if ((x.updated() == null) == (a.kind() == Kind.RECORD_FIRST_REVIEWED)) {
                            records.set(i, recordWith(x, x.process(), x.processors(), after(a.days(), x.recorded(), x.updated())));
                        }
                    }
                }
                case CYCLE_CARRIES_NEW_ACTION -> {
                    if (newestAction != null && !cycle.activities().isEmpty()) {
                        List<CycleActivity> activities = new ArrayList<>(cycle.activities());
                        int i = a.target() % activities.size();
                        CycleActivity x = activities.get(i);
                        activities.set(i, new CycleActivity(x.id(), x.title(), x.description(), x.months(), x.responsible(), x.recurrence(),
                                x.fromYear(), x.routine(), plusId(x.actions(), newestAction), x.evidence()));
                        cycle = new Cycle(cycle.startYear(), cycle.established(), activities);
                    }
                }
                default -> throw new IllegalStateException("Unknown addition " + a.kind());
            }
        }

        private static Asset assetWith(Asset x, List<String> processes, List<String> records, List<Classification> classifications,
                List<AccessReview> reviews) {
            return new Asset(x.id(), x.name(), x.description(), x.owner(), x.administrator(), x.unit(), processes, x.system(), x.supplier(),
                    x.personalData(), records, classifications, x.reclassificationMonths(), reviews, x.measures(), x.recorded(), x.visibility());
        }

        private static Action actionWith(Action x, List<String> findings, List<String> risks, List<String> assets, List<StatusChange> history) {
            return new Action(x.id(), x.title(), x.description(), x.planYear(), x.lastYear(), x.responsible(), x.source(), findings, risks,
                    assets, x.due(), x.recurring(), history, x.recorded(), x.visibility());
        }

        private static ProcessingRecord recordWith(ProcessingRecord x, String process, List<Processor> processors, java.time.LocalDate updated) {
            return new ProcessingRecord(x.id(), x.name(), x.purpose(), x.legalBasis(), x.dataSubjects(), x.dataCategories(), x.recipients(),
                    x.thirdCountryTransfers(), x.erasure(), x.securityMeasures(), process, processors, updated, x.recorded(), x.visibility());
        }

        private static Risk riskWith(Risk x, List<RiskAssessment> assessments, List<String> actions) {
            return new Risk(x.id(), x.title(), x.description(), x.owner(), null, null, null, assessments,
                    new Treatment(x.treatment().decision(), actions, x.treatment().decidedBy(), x.treatment().rationale()), x.visibility());
        }
    }
}
