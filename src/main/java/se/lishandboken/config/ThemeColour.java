package se.lishandboken.config;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import se.lishandboken.problem.Problem;
import se.lishandboken.problem.ProblemText;

/**
 * The theme's two colours and the rule each must meet, in {@code jbake.properties} and in {@code lis init}
 * alike: written {@code #rrggbb}, with at least 4.5:1 contrast (WCAG 2.1 AA) against the text drawn on it.
 */
public enum ThemeColour {
    /** The header's background under white text, and the links' colour; by default a neutral dark blue, 7:1 against white. */
    PRIMARY("lis.theme.primary", "#2f5379", "#ffffff"),
    /** The focus and highlight background under the near-black focus text of lis.css; by default a warm yellow. */
    ACCENT("lis.theme.accent", "#ffbf47", "#0b0c0c");

    private static final Pattern COLOUR = Pattern.compile("#[0-9a-fA-F]{6}");

    private final String key;
    private final String fallback;
    private final String against;

    ThemeColour(String key, String fallback, String against) {
        this.key = key;
        this.fallback = fallback;
        this.against = against;
    }

    /** Its key in {@code jbake.properties}, e.g. {@code lis.theme.primary}. */
    public String key() {
        return key;
    }

    /** The colour a site gets that does not give one. */
    public String fallback() {
        return fallback;
    }

    /** Whether {@code value} is written as a colour, {@code #rrggbb}. */
    public static boolean isColour(String value) {
        return value != null && COLOUR.matcher(value).matches();
    }

    /**
     * What is wrong with {@code value} as this colour, as an error at {@code file} and {@code line} that
     * names it {@code label} (the key, or the flag that gave it).
     *
     * @return the error; empty if the colour is usable
     */
    public Optional<Problem> problem(Path file, int line, String label, String value) {
        if (!isColour(value)) {
            return Optional.of(ProblemText.error(file, line, "config.colour.invalid", label, value, fallback));
        }
        double ratio = ContrastRatio.of(value, against);
        if (ratio < ContrastRatio.AA_TEXT) {
            return Optional.of(ProblemText.error(file, line, "config.contrast.low", label, value,
                    String.format(Locale.ROOT, "%.1f:1", ratio), against));
        }
        return Optional.empty();
    }
}
