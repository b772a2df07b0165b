package se.lishandboken.register;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * How much of the register is classified on a date: objects and processes, per owner, and which
 * assets are unclassified or due for reclassification. A pure function of the register.
 *
 * @param date the day it was computed for
 * @param assetsClassified assets with a classification on that day
 * @param assetsTotal all assets
 * @param processesClassified processes with a classification on that day
 * @param processesTotal all processes
 * @param byOwner the same per objektägare
 * @param unclassified assets never classified
 * @param overdue classified assets whose reclassification date has passed
 */
public record ClassificationCoverage(
        LocalDate date, int assetsClassified, int assetsTotal, int processesClassified, int processesTotal,
        List<OwnerCoverage> byOwner, List<Asset> unclassified, List<Asset> overdue) {

    public static ClassificationCoverage of(Register register, int defaultMonths, LocalDate date) {
        List<Asset> unclassified = new ArrayList<>();
        List<Asset> overdue = new ArrayList<>();
        for (Asset asset : register.assets()) {
            if (asset.classificationOn(date).isEmpty()) {
                unclassified.add(asset);
            } else if (dueDate(asset, defaultMonths, date).isBefore(date)) {
                overdue.add(asset);
            }
        }
        List<OwnerCoverage> byOwner = new ArrayList<>();
        for (Map.Entry<String, List<Asset>> owner : register.assetsByOwner().entrySet()) {
            int classified = (int) owner.getValue().stream().filter(a -> a.classificationOn(date).isPresent()).count();
            byOwner.add(new OwnerCoverage(owner.getKey(), classified, owner.getValue().size()));
        }
        int processesClassified = (int) register.processes().stream().filter(p -> p.classificationOn(date).isPresent()).count();
        return new ClassificationCoverage(date, register.assets().size() - unclassified.size(), register.assets().size(),
                processesClassified, register.processes().size(), byOwner, unclassified, overdue);
    }

    /**
     * When the asset must be classified again, as known on {@code date}: the classification in force then
     * plus its interval; null if it was not classified by then.
     */
    public static LocalDate dueDate(Asset asset, int defaultMonths, LocalDate date) {
        int months = asset.reclassificationMonths() != null ? asset.reclassificationMonths() : defaultMonths;
        return asset.classificationOn(date).map(classification -> classification.date().plusMonths(months)).orElse(null);
    }

    public int assetsPercent() {
        return percent(assetsClassified, assetsTotal);
    }

    public int processesPercent() {
        return percent(processesClassified, processesTotal);
    }

    /** {@code part} of {@code total} in whole percent; 0 of nothing is 0. */
    public static int percent(int part, int total) {
        return total == 0 ? 0 : (int) Math.round(100.0 * part / total);
    }
}
