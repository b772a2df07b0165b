package se.lishandboken.lint;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.lishandboken.source.PageText;

/**
 * A cross reference in a page's text, {@code xref:b.adoc#id[]} or {@code <<id>>}, and the link
 * Asciidoctor 2.0 makes of it. The build checks the links in the HTML; {@code lis check} checks the
 * links this gives, by the same rule ({@link SiteLinks}).
 *
 * @param refid the target as written
 * @param macro true for {@code xref:}, false for {@code <<…>>}
 * @param line the 1-based line it is on
 */
record Xref(String refid, boolean macro, int line) {
    private static final Pattern MACRO = Pattern.compile("(\\\\?)xref:([\\p{L}\\p{N}_#/.:{][^\\[\\s]*?)\\[");
    private static final Pattern SHORTHAND = Pattern.compile("(\\\\?)<<([\\p{L}\\p{N}_#/.:{][^>]*?)>>");
    /** The endings Asciidoctor takes for AsciiDoc documents in a {@code <<…>>} reference. */
    private static final List<String> ASCIIDOC = List.of(".adoc", ".asciidoc", ".asc", ".ad", ".txt");
    /** The ending of the converted pages, Asciidoctor's {@code relfilesuffix}. */
    private static final String OUTPUT = ".html";

    /** Every cross reference in the prose of {@code text}; those naming an attribute are left to the build. */
    static List<Xref> in(PageText text) {
        List<Xref> xrefs = new ArrayList<>();
        for (int index = 0; index < text.lines().size(); index++) {
            if (!text.isProse(index) || index + 1 == text.titleLine()) {
                continue;
            }
            String line = text.lines().get(index);
            add(MACRO.matcher(line), true, index + 1, xrefs);
            add(SHORTHAND.matcher(line), false, index + 1, xrefs);
        }
        return xrefs;
    }

    private static void add(Matcher found, boolean macro, int line, List<Xref> into) {
        while (found.find()) {
            String refid = found.group(2);
            if (!macro && refid.contains(",")) {
                refid = refid.substring(0, refid.indexOf(','));
            }
            if (found.group(1).isEmpty() && !refid.contains("{")) {
                into.add(new Xref(refid.strip(), macro, line));
            }
        }
    }

    /**
     * The link's {@code href}, as Asciidoctor's inline xref substitution makes it on the page named
     * {@code docname} (its file name without the ending): {@code b.adoc#id} gives {@code b.html#id}, an
     * id on the page itself {@code #id}, and a reference by title the id of the section with that title.
     */
    String href(String docname, PageAnchors anchors) {
        String path = null;
        String fragment = null;
        boolean sourceToSource = false;
        int hash = refid.indexOf('#');
        if (hash > 0) {
            path = hash < refid.length() - 1 ? refid.substring(0, hash) : refid.substring(0, refid.length() - 1);
            fragment = hash < refid.length() - 1 ? refid.substring(hash + 1) : null;
            if (macro) {
                if (path.endsWith(".adoc")) {
                    path = path.substring(0, path.length() - ".adoc".length());
                    sourceToSource = true;
                } else if (!hasExtension(path)) {
                    sourceToSource = true;
                }
            } else {
                String ending = ASCIIDOC.stream().filter(path::endsWith).findFirst().orElse(null);
                path = ending == null ? path : path.substring(0, path.lastIndexOf('.'));
                sourceToSource = true;
            }
        } else if (hash == 0) {
            return refid;
        } else if (macro && refid.endsWith(".adoc")) {
            path = refid.substring(0, refid.length() - ".adoc".length());
            sourceToSource = true;
        } else if (macro && hasExtension(refid)) {
            path = refid;
        } else {
            fragment = refid;
        }
        if (path != null) {
            if (sourceToSource && path.equals(docname)) {
                return fragment == null ? "#" : "#" + fragment;
            }
            return path + (sourceToSource ? OUTPUT : "") + (fragment == null ? "" : "#" + fragment);
        }
        if (!anchors.ids().contains(fragment) && (fragment.contains(" ") || !fragment.toLowerCase(Locale.ROOT).equals(fragment))
                && anchors.titles().containsKey(fragment)) {
            return "#" + anchors.titles().get(fragment);
        }
        return "#" + fragment;
    }

    /** Asciidoctor's {@code Helpers.extname?}: a dot in the last path segment. */
    private static boolean hasExtension(String path) {
        int dot = path.lastIndexOf('.');
        return dot >= 0 && path.indexOf('/', dot) < 0;
    }
}
