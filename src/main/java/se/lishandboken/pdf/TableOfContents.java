package se.lishandboken.pdf;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Fills a page's table of contents for print: the element marked {@code data-pdf-toc="DEPTH"} gets a
 * list of every heading after it, h2 to the depth given (3: h2, h3 and h4), nested as the headings are.
 * The print stylesheet adds each entry's page number ({@code target-counter}). A web page lists fewer
 * levels and leaves out the sections the template writes; on paper the reader needs all of them.
 */
final class TableOfContents {
    static final String ATTRIBUTE = "data-pdf-toc";

    private TableOfContents() {
    }

    /** Replaces the list of the document's table of contents, if it has one; headings must have ids. */
    static void fill(Document document) {
        Element toc = document.selectFirst("[" + ATTRIBUTE + "]");
        if (toc == null) {
            return;
        }
        int depth = Math.max(1, Math.min(5, parse(toc.attr(ATTRIBUTE))));
        toc.select("> ol, > ul").remove();
        Element root = toc.appendElement("ol");
        Element[] lists = new Element[depth + 2];
        Element[] items = new Element[depth + 2];
        lists[1] = root;
        boolean after = false;
        for (Element element : document.getAllElements()) {
            if (element == toc) {
                after = true;
                continue;
            }
            int level = level(element);
            if (!after || level < 1 || level > depth || element.id().isEmpty() || element.closest("[" + ATTRIBUTE + "]") != null) {
                continue;
            }
            Element list = listFor(level, lists, items);
            Element item = list.appendElement("li");
            item.appendElement("a").attr("href", "#" + element.id()).text(element.text());
            items[level] = item;
            for (int deeper = level + 1; deeper < lists.length; deeper++) {
                lists[deeper] = null;
                items[deeper] = null;
            }
        }
    }

    /** The list an entry of {@code level} goes in: under the last entry one level up, or the nearest list there is. */
    private static Element listFor(int level, Element[] lists, Element[] items) {
        if (lists[level] == null) {
            Element parent = items[level - 1];
            if (parent == null) {
                return listFor(level - 1, lists, items);
            }
            lists[level] = parent.appendElement("ol");
        }
        return lists[level];
    }

    /** h2 is level 1, h3 level 2 and so on; 0 for anything else. */
    private static int level(Element element) {
        String name = element.normalName();
        return name.length() == 2 && name.charAt(0) == 'h' && name.charAt(1) >= '2' && name.charAt(1) <= '6' ? name.charAt(1) - '1' : 0;
    }

    private static int parse(String depth) {
        try {
            return Integer.parseInt(depth.strip());
        } catch (NumberFormatException e) {
            return 2;
        }
    }
}
