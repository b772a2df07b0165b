package se.lishandboken.config;

/**
 * The organisation's colours, written into the site's theme stylesheet.
 *
 * @param primary header and link colour; must keep 4.5:1 contrast against white
 * @param accent focus and highlight colour
 * @param palette colours told apart in charts, e.g. one per role in the annual cycle; each keeps 3:1 against white
 */
public record Theme(String primary, String accent, java.util.List<String> palette) {

    public Theme {
        palette = java.util.List.copyOf(palette);
    }

    /** The palette's colour number {@code index}, round again when there are more things than colours. */
    public String paletteColour(int index) {
        return palette.isEmpty() ? primary : palette.get(Math.floorMod(index, palette.size()));
    }
}
