import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.asciidoctor.Asciidoctor;
import org.asciidoctor.Options;
import org.asciidoctor.SafeMode;

/**
 * The floor for AsciiDoc work: AsciidoctorJ 2.5.13 converting every page of a corpus to HTML in one
 * JVM, SAFE mode, no templates, no site. Usage:
 * java -cp 'target/lib/*' bench/RawAsciidoctor.java CONTENT_DIR OUTPUT_DIR
 */
public class RawAsciidoctor {
    public static void main(String[] args) throws Exception {
        Path content = Path.of(args[0]).toAbsolutePath();
        Path output = Path.of(args[1]).toAbsolutePath();
        List<Path> pages;
        try (Stream<Path> files = Files.walk(content)) {
            pages = files.filter(f -> f.toString().endsWith(".adoc")).sorted().toList();
        }
        try (Asciidoctor asciidoctor = Asciidoctor.Factory.create()) {
            for (Path page : pages) {
                Path target = output.resolve(content.relativize(page).toString().replaceAll("\\.adoc$", ".html"));
                Files.createDirectories(target.getParent());
                String html = asciidoctor.convertFile(page.toFile(), Options.builder()
                        .safe(SafeMode.SAFE).baseDir(page.getParent().toFile()).standalone(true).toFile(false).build());
                Files.writeString(target, html);
            }
        }
        System.out.println(pages.size() + " pages");
    }
}
