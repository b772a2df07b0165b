package se.lishandboken.review;

/**
 * An asset named in a review.
 *
 * @param id the asset's id
 * @param name its name
 */
public record AssetEntry(String id, String name) {
}
