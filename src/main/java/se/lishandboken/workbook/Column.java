package se.lishandboken.workbook;

/**
 * One column of a sheet.
 *
 * @param header the Swedish header
 * @param choice the dropdown the column offers; null for free text
 */
public record Column(String header, Choice choice) {

    /** A free-text column. */
    public static Column text(String header) {
        return new Column(header, null);
    }
}
