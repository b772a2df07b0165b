package se.lishandboken.scaffold;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills in a scaffold file: {@code {{name}}} becomes the value of {@code name}; a line that starts with
 * {@code {{?name}}} is kept only if {@code name} has a value, and one that starts with {@code {{!name}}}
 * only if it has none. A name the handbook does not know is a mistake in the scaffold, never in the input.
 */
final class Placeholders {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([a-z][a-z.-]*)}}");
    private static final Pattern CONDITION = Pattern.compile("^\\{\\{([?!])([a-z][a-z.-]*)}}");

    private final Map<String, String> values;

    /** The placeholders {@code values} names; a name whose value is null has no value. */
    Placeholders(Map<String, String> values) {
        this.values = values;
    }

    /**
     * The text with its placeholders filled in.
     *
     * @param escape how a value is written in this kind of file, e.g. with backslashes doubled in a properties file
     */
    String fill(String text, UnaryOperator<String> escape) {
        List<String> lines = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            Matcher condition = CONDITION.matcher(line);
            if (condition.find()) {
                boolean hasValue = value(condition.group(2)) != null;
                if (hasValue != condition.group(1).equals("?")) {
                    continue;
                }
                line = line.substring(condition.end());
            }
            lines.add(replace(line, escape));
        }
        return String.join("\n", lines);
    }

    private String replace(String line, UnaryOperator<String> escape) {
        Matcher placeholder = PLACEHOLDER.matcher(line);
        StringBuilder filled = new StringBuilder();
        while (placeholder.find()) {
            String value = value(placeholder.group(1));
            if (value == null) {
                throw new IllegalStateException("{{" + placeholder.group(1) + "}} has no value; guard its line with {{?"
                        + placeholder.group(1) + "}}: " + line);
            }
            placeholder.appendReplacement(filled, Matcher.quoteReplacement(escape.apply(value)));
        }
        return placeholder.appendTail(filled).toString();
    }

    private String value(String name) {
        if (!values.containsKey(name)) {
            throw new IllegalStateException("Unknown placeholder {{" + name + "}}");
        }
        return values.get(name);
    }
}
