package se.lishandboken.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;
import org.asciidoctor.ast.Document;

/**
 * Converts every AsciiDoc page on all cores while JBake starts its content store and crawls. JBake
 * converts one file at a time; here each page is converted ahead, and the engine waits only for the
 * page it is at. Problems are reported to the page as in a conversion during the crawl. Pages found
 * in the conversion cache are not converted at all.
 */
final class Preconversion implements AutoCloseable {
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

    private final Map<Path, CompletableFuture<Converted>> pages = new ConcurrentHashMap<>();
    private final ExecutorService workers = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors(), runnable -> {
        Thread thread = new Thread(runnable, "lis-convert");
        thread.setDaemon(true);
        return thread;
    });

    private Preconversion() {
    }

    /** Starts converting every page of the site; returns at once. */
    static Preconversion start(BakeSession session) {
        Preconversion preconversion = new Preconversion();
        preconversion.submitAll(session);
        return preconversion;
    }

    private void submitAll(BakeSession session) {
        Path content = session.config().contentDir();
        if (!Files.isDirectory(content)) {
            return;
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(content)) {
            files = walk.filter(Files::isRegularFile).filter(Preconversion::isPage).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (Path file : files) {
            pages.put(key(file), CompletableFuture.supplyAsync(() -> convert(session, file), workers));
        }
    }

    private static Converted convert(BakeSession session, Path file) {
        Optional<ConversionCache.Entry> cached = session.cache().flatMap(cache -> cache.lookup(file));
        if (cached.isPresent()) {
            return new Converted(null, cached.get().html(), cached.get());
        }
        Converted[] result = new Converted[1];
        session.converting(session.relative(file), () -> {
            Document document = AsciidoctorRuntime.asciidoctor().loadFile(file.toFile(), SafeAsciidoctorEngine.options(session));
            result[0] = new Converted(document, document.convert(), null);
        });
        return result[0];
    }

    private static boolean isPage(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return !name.startsWith(".") && dot > 0 && EXTENSIONS.contains(name.substring(dot + 1));
    }

    /** The converted page, handed over once, waiting for it if need be; empty if it was not converted here. */
    Optional<Converted> take(Path file) {
        CompletableFuture<Converted> page = pages.remove(key(file));
        if (page == null) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(page.join());
        } catch (java.util.concurrent.CompletionException e) {
            // The engine converts the page itself and reports what went wrong.
            return Optional.empty();
        }
    }

    private static Path key(Path file) {
        return file.toAbsolutePath().normalize();
    }

    /** Stops the workers; pages JBake did not take are dropped. */
    @Override
    public void close() {
        workers.shutdownNow();
        pages.clear();
    }
}
