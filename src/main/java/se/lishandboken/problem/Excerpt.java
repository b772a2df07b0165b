package se.lishandboken.problem;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A short, escaped excerpt of input that could not be read, for a message. A parser quotes what it
 * stumbled on, and that may be a secret pasted into a data file (an access token where JSON was
 * expected); messages end up in CI logs, so no more than a few characters of it are ever shown.
 *
 * <pre>{@code
 * Excerpt.inParserMessage("Unrecognized token 'ghp_AbCd…': was expecting …")
 *     // "Unrecognized token 'ghp_…': was expecting …"
 * }</pre>
 */
public final class Excerpt {
    /** The most characters of input shown; enough for {@code ghp_}, not for what follows it. */
    public static final int MAX_CHARACTERS = 4;
    /** The longest parser message passed on. */
    private static final int MAX_MESSAGE = 200;
    /** Jackson's report of a bare word, which quotes the whole word however long. */
    private static final String TOKEN = "Unrecognized token '";
    private static final String TOKEN_END = "': was expecting";
    /** A quoted stretch; Jackson quotes input, and also what it expected ({@code 'null'}, {@code 'false'}), which is kept. */
    private static final Pattern QUOTED = Pattern.compile("'([^']*)'");

    private Excerpt() {
    }

    /**
     * At most {@link #MAX_CHARACTERS} characters of {@code text}, followed by {@code …} if it was longer;
     * characters that are not printable are written as {@code \\uXXXX}.
     */
    public static String of(String text) {
        StringBuilder excerpt = new StringBuilder();
        text.codePoints().limit(MAX_CHARACTERS).forEach(c -> excerpt.append(printable(c)));
        return text.codePointCount(0, text.length()) > MAX_CHARACTERS ? excerpt + "…" : excerpt.toString();
    }

    /**
     * A parser's message with every quoted stretch of input cut to an {@link #of excerpt}, and the whole cut
     * to a line; the parser's own words and its line and column are kept.
     */
    public static String inParserMessage(String message) {
        String safe;
        if (message.startsWith(TOKEN)) {
            int end = message.lastIndexOf(TOKEN_END);
            String token = end < TOKEN.length() ? message.substring(TOKEN.length()) : message.substring(TOKEN.length(), end);
            safe = TOKEN + of(token) + "'" + (end < TOKEN.length() ? "" : quotedCut(message.substring(end + 1)));
        } else {
            safe = quotedCut(message);
        }
        StringBuilder line = new StringBuilder();
        safe.codePoints().forEach(c -> line.append(printable(c)));
        return line.length() > MAX_MESSAGE ? line.substring(0, MAX_MESSAGE) + "…" : line.toString();
    }

    /** {@code text} with each quoted stretch, taken in pairs from the left, longer than {@code 'false'} cut to an excerpt. */
    private static String quotedCut(String text) {
        Matcher quoted = QUOTED.matcher(text);
        StringBuilder cut = new StringBuilder();
        while (quoted.find()) {
            String inside = quoted.group(1);
            quoted.appendReplacement(cut, Matcher.quoteReplacement("'" + (inside.length() > "false".length() ? of(inside) : inside) + "'"));
        }
        quoted.appendTail(cut);
        return cut.toString();
    }

    private static String printable(int c) {
        boolean visible = !Character.isISOControl(c) && Character.getType(c) != Character.FORMAT
                && Character.getType(c) != Character.UNASSIGNED && Character.getType(c) != Character.SURROGATE
                && Character.getType(c) != Character.PRIVATE_USE;
        return visible ? Character.toString(c) : String.format("\\u%04x", c);
    }
}
