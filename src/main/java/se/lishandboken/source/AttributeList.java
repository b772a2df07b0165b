package se.lishandboken.source;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An AsciiDoc attribute list as written between brackets, {@code #omvarld,iso="9.3.2-b 9.3.2-c"} or
 * {@code year=2025, open}: comma-separated items, each {@code name=value} (the value may be quoted with
 * {@code "} or {@code '}, and then hold commas) or a positional value.
 *
 * @param named the {@code name=value} items, in order
 * @param positional the items without a name, in order, without empty ones
 */
record AttributeList(Map<String, String> named, List<String> positional) {
    private static final Pattern ITEM = Pattern.compile("\\s*(?:([\\w-]+)\\s*=\\s*)?(\"[^\"]*\"|'[^']*'|[^,]*?)\\s*(?:,|$)");

    AttributeList {
        named = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(named));
        positional = List.copyOf(positional);
    }

    static AttributeList parse(String list) {
        Map<String, String> named = new LinkedHashMap<>();
        List<String> positional = new ArrayList<>();
        Matcher item = ITEM.matcher(list);
        int at = 0;
        while (at < list.length() && item.find(at) && item.start() == at) {
            String value = unquote(item.group(2).strip());
            if (item.group(1) != null) {
                named.put(item.group(1), value);
            } else if (!value.isEmpty()) {
                positional.add(value);
            }
            at = item.end();
        }
        return new AttributeList(named, positional);
    }

    private static String unquote(String value) {
        boolean quoted = value.length() >= 2 && (value.startsWith("\"") && value.endsWith("\"") || value.startsWith("'") && value.endsWith("'"));
        return quoted ? value.substring(1, value.length() - 1) : value;
    }
}
