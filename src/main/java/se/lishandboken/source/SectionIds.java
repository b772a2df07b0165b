package se.lishandboken.source;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ids Asciidoctor gives sections without an explicit id, as the build configures it: no prefix,
 * words joined with "-". The build sets these on Asciidoctor; {@code lis check} computes the same ids.
 */
public final class SectionIds {
    public static final String PREFIX = "";
    public static final String SEPARATOR = "-";
    private static final Pattern DROPPED = Pattern.compile("<[^>]+>|&(?:[a-z][a-z]+\\d{0,2}|#\\d{2,5}|#x[\\da-f]{2,4});|[^ \\p{L}\\p{M}\\p{N}\\p{Pc}.-]");
    private static final Pattern SEPARATORS = Pattern.compile("[ .-]+");

    private SectionIds() {
    }

    /**
     * The section id Asciidoctor generates: lower case, markup and other punctuation dropped, spaces,
     * dots and hyphens turned into the separator, e.g. "2.1 Vad påverkar oss: budget" gives
     * "2-1-vad-påverkar-oss-budget".
     */
    public static String generated(String title) {
        String id = Normalizer.normalize(title, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        id = DROPPED.matcher(id).replaceAll("");
        id = SEPARATORS.matcher(id).replaceAll(Matcher.quoteReplacement(SEPARATOR));
        while (!SEPARATOR.isEmpty() && id.endsWith(SEPARATOR)) {
            id = id.substring(0, id.length() - SEPARATOR.length());
        }
        if (PREFIX.isEmpty() && !SEPARATOR.isEmpty() && id.startsWith(SEPARATOR)) {
            id = id.substring(SEPARATOR.length());
        }
        return PREFIX + id;
    }

    /**
     * The id Asciidoctor gives a section whose generated id {@code id} is already {@code taken}: the
     * separator and the first free number from 2 appended, e.g. "mal-2" for a second "Mål".
     */
    public static String unique(String id, java.util.Set<String> taken) {
        if (!taken.contains(id)) {
            return id;
        }
        int number = 2;
        while (taken.contains(id + SEPARATOR + number)) {
            number++;
        }
        return id + SEPARATOR + number;
    }
}
