package se.lishandboken.register;

/**
 * One control as a framework's catalogue lists it: its number and a short title, never the standard's text.
 *
 * @param id e.g. {@code 5.15}
 * @param title e.g. "Access control"
 * @param theme e.g. "Organizational", or null
 */
public record CatalogueControl(String id, String title, String theme) {
}
