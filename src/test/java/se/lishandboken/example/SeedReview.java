package se.lishandboken.example;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The example's source document, the 2024 review as text extracted from its PDF: its numbered headings
 * and the planned actions of 4.1–4.3, in order, each with the whitespace and line breaks of the
 * extraction made single spaces.
 *
 * <p>The extraction puts an empty line after most lines, and a line of spaces before the footnotes at a
 * page's foot; the next page's first line starts with one space. A heading may go on over the next lines until a line that starts with a capital, a digit
 * or a bullet, or ends with "." or ":"; a planned action is a "" bullet after "4.1" and goes on until the
 * next bullet or heading. A line that ends with "-" is joined to the next without a space, as the
 * document shows it ("Integritetsskydds-" "myndighetens").
 */
final class SeedReview {
    /** The bullet of the plan's items, a private-use character of the Symbol font. */
    private static final char BULLET = '\uF0B7';
    private static final Pattern PAGE_START = Pattern.compile("^ \\S.*");
    private static final Pattern HEADING = Pattern.compile("^(\\d{1,2}(?:\\.\\d{1,2})*) \\p{Lu}.*");

    private final List<String> headings = new ArrayList<>();
    private final List<String> actions = new ArrayList<>();
    /** Headings and actions, in the document's order. */
    private final List<String> items = new ArrayList<>();

    private SeedReview() {
    }

    static SeedReview of(String text) {
        SeedReview seed = new SeedReview();
        List<String> lines = new ArrayList<>();
        boolean footnotes = false;
        for (String raw : text.split("\n", -1)) {
            if (PAGE_START.matcher(raw).matches()) {
                footnotes = false;
            }
            if (raw.length() > 20 && raw.isBlank()) {
                footnotes = true;
            }
            String line = raw.strip();
            if (!footnotes && !line.isEmpty()) {
                lines.add(line);
            }
        }
        boolean inPlan = false;
        for (int index = 0; index < lines.size(); index++) {
            String line = lines.get(index);
            if (HEADING.matcher(line).matches()) {
                StringBuilder heading = new StringBuilder(line);
                while (index + 1 < lines.size() && !ends(heading) && Character.isLowerCase(lines.get(index + 1).charAt(0))) {
                    join(heading, lines.get(++index));
                }
                seed.headings.add(heading.toString());
                seed.items.add(heading.toString());
                inPlan = inPlan || heading.toString().startsWith("4.1 ");
            } else if (inPlan && line.charAt(0) == BULLET) {
                StringBuilder action = new StringBuilder(line.substring(1).strip());
                while (index + 1 < lines.size() && lines.get(index + 1).charAt(0) != BULLET
                        && !HEADING.matcher(lines.get(index + 1)).matches()) {
                    join(action, lines.get(++index));
                }
                seed.actions.add(action.toString());
                seed.items.add(action.toString());
            }
        }
        return seed;
    }

    private static boolean ends(CharSequence heading) {
        char last = heading.charAt(heading.length() - 1);
        return last == '.' || last == ':';
    }

    private static void join(StringBuilder text, String next) {
        if (text.charAt(text.length() - 1) != '-') {
            text.append(' ');
        }
        text.append(next);
    }

    List<String> headings() {
        return headings;
    }

    List<String> actions() {
        return actions;
    }

    /** The headings and actions in the document's order. */
    List<String> items() {
        return items;
    }

    /**
     * The first item of {@code items} that is not in {@code text} after the previous one, where {@code text} is
     * a rendering of the review: every run of whitespace may be any other, a line may break after a hyphen
     * and around a slash, a word may be broken by a hyphen and a line break, and, if {@code pageBreak} is given, between two
     * words may stand a page break with anything before it on its page and after it up to the next word (a
     * page's running head and footer, a table's other cells and its repeated header row).
     *
     * @return the first item missing, or out of order; null if every one is there in order
     */
    static String firstMissing(List<String> items, String text, String pageBreak) {
        int from = 0;
        for (String item : items) {
            Matcher found = pattern(item, pageBreak).matcher(text);
            if (!found.find(from)) {
                return item;
            }
            from = found.end();
        }
        return null;
    }

    private static Pattern pattern(String item, String pageBreak) {
        String space = pageBreak == null ? "\\s+"
                : "(?:\\s+|\\s[^" + pageBreak + "]*" + pageBreak + "[^" + pageBreak + "]*?\\s)";
        StringBuilder regex = new StringBuilder();
        String[] words = item.strip().split("\\s+");
        for (int w = 0; w < words.length; w++) {
            if (w > 0) {
                regex.append(space);
            }
            String word = words[w];
            for (int c = 0; c < word.length(); c++) {
                char ch = word.charAt(c);
                if (ch == '/' && c > 0) {
                    regex.append("\\s*");
                }
                regex.append(Pattern.quote(String.valueOf(ch)));
                if ((ch == '-' || ch == '/') && c < word.length() - 1) {
                    regex.append("\\s*");
                } else if (c < word.length() - 1 && Character.isLetter(ch) && Character.isLetter(word.charAt(c + 1))) {
                    regex.append("(?:-\\s+)?");
                }
            }
        }
        return Pattern.compile("(?<=\\s|^)" + regex + "(?=\\s|$)");
    }
}
