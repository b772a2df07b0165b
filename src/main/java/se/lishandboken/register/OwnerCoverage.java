package se.lishandboken.register;

/**
 * How many of one owner's assets are classified.
 *
 * @param owner the owner's role id
 * @param classified assets with a classification
 * @param total all the owner's assets
 */
public record OwnerCoverage(String owner, int classified, int total) {

    public int percent() {
        return ClassificationCoverage.percent(classified, total);
    }
}
