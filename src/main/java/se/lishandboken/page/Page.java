package se.lishandboken.page;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import se.lishandboken.problem.Problem;
import se.lishandboken.problem.ProblemText;

/**
 * What the bake knows about one content page once its header has been read.
 *
 * @param source the AsciiDoc file, relative to the site folder
 * @param uri the output path relative to the site root, e.g. {@code rutiner/incidenthantering.html}
 * @param type the JBake document type, which selects the template
 * @param title the document title, plain text
 * @param description one sentence for search results and the meta description; may be empty
 * @param navOrder position among its siblings in the navigation (lower first)
 * @param inNavigation false if the page asked to be left out of the navigation ({@code :nav-exclude:})
 * @param control the document-control box
 * @param headings the page's sections, in document order
 * @param review the review header, for a management review page; null otherwise
 */
public record Page(
        Path source,
        String uri,
        String type,
        String title,
        String description,
        int navOrder,
        boolean inNavigation,
        DocumentControl control,
        List<Heading> headings,
        ReviewHeader review) {

    /** The type of an ordinary handbook page, which must carry document control. */
    public static final String ORDINARY_TYPE = "page";

    /** The type of the Statement of Applicability's page, which has a PDF beside it as a review has. */
    public static final String SOA_TYPE = "soa";

    public Page {
        headings = List.copyOf(headings);
    }

    /**
     * What the page warns of on {@code today}, in the build and in {@code lis check} alike: it is past its
     * review date (a management review never is: it is an archived record), or it is an ordinary page
     * without document control or with only part of it.
     *
     * @return the warnings; empty if none
     */
    public List<Problem> warnings(LocalDate today) {
        List<Problem> warnings = new ArrayList<>();
        if (review == null && control.isOverdue(today)) {
            warnings.add(ProblemText.warning(source, 0, "page.overdue", control.nextReview().toString()));
        }
        if (ORDINARY_TYPE.equals(type) && !control.isPresent()) {
            warnings.add(ProblemText.warning(source, 1, "page.document-control.missing"));
        } else if (ORDINARY_TYPE.equals(type) && !control.missing().isEmpty()) {
            warnings.add(ProblemText.warning(source, 1, "page.document-control.incomplete", String.join(", ", control.missing())));
        }
        return warnings;
    }

    /** The folder part of the uri, e.g. {@code rutiner/}, or empty at the root. */
    public String folder() {
        int slash = uri.lastIndexOf('/');
        return slash < 0 ? "" : uri.substring(0, slash + 1);
    }

    /** Whether this page is its folder's overview ({@code index.adoc}). */
    public boolean isFolderIndex() {
        return uri.equals("index.html") || uri.endsWith("/index.html");
    }

    /** Whether the build writes a PDF beside the page: a management review's or the Statement of Applicability's. */
    public boolean hasPdf() {
        return review != null || SOA_TYPE.equals(type);
    }

    /** Where the page's PDF is written, beside the page: {@code granskning/2024.pdf}, {@code register/tillamplighet.pdf}. */
    public String pdfUri() {
        return uri.substring(0, uri.length() - ".html".length()) + ".pdf";
    }

    /** The PDF's file name, as the page links to it: {@code 2024.pdf}. */
    public String pdfFileName() {
        String pdf = pdfUri();
        return pdf.substring(pdf.lastIndexOf('/') + 1);
    }

    /** The relative path from this page back to the site root, e.g. {@code ../}. */
    public String rootPath() {
        long depth = uri.chars().filter(c -> c == '/').count();
        return "../".repeat((int) depth);
    }
}
