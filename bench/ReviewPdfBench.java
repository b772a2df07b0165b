import java.nio.file.Files;
import java.nio.file.Path;
import se.lishandboken.pdf.PdfOptions;
import se.lishandboken.pdf.PdfRenderer;

/**
 * Renders one built review page to PDF several times in one JVM and prints each time: the first run
 * pays for class loading and font parsing, the later ones show the warm cost.
 * Usage: java -cp 'target/lis.jar:target/lib/*' bench/ReviewPdfBench.java output/granskning/2024.html 6
 */
public class ReviewPdfBench {
    public static void main(String[] args) throws Exception {
        Path html = Path.of(args[0]).toAbsolutePath();
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 6;
        Path out = Files.createTempFile("review-bench", ".pdf");
        for (int run = 1; run <= runs; run++) {
            long start = System.nanoTime();
            PdfRenderer.render(html, new PdfOptions(out, html.getParent().toUri().toString(), "bench", java.time.ZonedDateTime.now()));
            System.out.printf("run %d: %.2f s%n", run, (System.nanoTime() - start) / 1e9);
        }
        Files.delete(out);
    }
}
