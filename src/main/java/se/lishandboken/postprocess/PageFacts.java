package se.lishandboken.postprocess;

import java.util.List;

/**
 * Everything the passes need from one page's HTML, learned in one parse: its links, its anchors,
 * what the external-resource guard refuses in it, and its search entries. They depend on nothing
 * but the HTML, the page's uri and its title, so they are kept between builds ({@link FactsCache})
 * and a page whose HTML is unchanged is not parsed again. Whether a link's target exists is not
 * among them: that is checked in every build, against the site as it is then.
 *
 * @param links every link and resource reference, in document order
 * @param anchors the ids and names that links to this page may point at
 * @param findings what the guard refuses, in document order
 * @param search the page's search entries, in document order
 */
record PageFacts(List<PageLink> links, Anchors anchors, List<GuardFinding> findings, List<SearchEntry> search) {

    PageFacts {
        links = List.copyOf(links);
        findings = List.copyOf(findings);
        search = List.copyOf(search);
    }

    /** Parses nothing: reads what the passes need from an already parsed page. */
    static PageFacts of(HtmlPage page) {
        return new PageFacts(LinkChecker.links(page.document()), Anchors.of(page.document()),
                ExternalResourceGuard.findings(page.document()), SearchIndexWriter.entries(page));
    }
}
