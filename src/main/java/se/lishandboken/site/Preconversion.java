package se.lishandboken.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.asciidoctor.ast.Document;

/**
 * Converts every AsciiDoc page on all cores before JBake crawls them. JBake's crawler converts one
 * file at a time, which leaves a second core idle for most of a build; the engine then takes each
 * page from here. Problems are reported to the page as in a conversion during the crawl.
 */
final class Preconversion {
    private static final Set<String> EXTENSIONS = Set.of(SafeAsciidoctorEngine.EXTENSIONS);

    /**
     * A page parsed and converted now, or taken from the cache.
     *
     * @param document the parsed page; null if it came from the cache
     * @param html the converted body
     * @param cached the cache entry it came from; null if converted now
     */
    record Converted(Document document, String html, ConversionCache.Entry cached) {
    }

    private final Map<Path, Converted> converted = new ConcurrentHashMap<>();

    private Preconversion() {
    }

    static Preconversion run(BakeSession session) {
        Preconversion preconversion = new Preconversion();
        preconversion.convertAll(session);
        return preconversion;
    }

    private void convertAll(BakeSession session) {
        Path content = session.config().contentDir();
        if (!Files.isDirectory(content)) {
            return;
        }
        List<Path> pages;
        try (Stream<Path> files = Files.walk(content)) {
            pages = files.filter(Files::isRegularFile).filter(Preconversion::isPage).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        pages.parallelStream().forEach(file -> {
            Optional<ConversionCache.Entry> cached = session.cache().flatMap(cache -> cache.lookup(file));
            if (cached.isPresent()) {
                converted.put(key(file), new Converted(null, cached.get().html(), cached.get()));
                return;
            }
            Path source = session.relative(file);
            Converted[] result = new Converted[1];
            session.converting(source, () -> {
                Document document = AsciidoctorRuntime.asciidoctor().loadFile(file.toFile(), SafeAsciidoctorEngine.options(session));
                result[0] = new Converted(document, document.convert(), null);
            });
            if (result[0] != null) {
                converted.put(key(file), result[0]);
            }
        });
    }

    private static boolean isPage(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return !name.startsWith(".") && dot > 0 && EXTENSIONS.contains(name.substring(dot + 1));
    }

    /** The converted page, handed over once; empty if it was not converted here. */
    Optional<Converted> take(Path file) {
        return Optional.ofNullable(converted.remove(key(file)));
    }

    private static Path key(Path file) {
        return file.toAbsolutePath().normalize();
    }
}
