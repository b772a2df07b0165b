package se.lishandboken.postprocess;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.CRC32C;
import java.util.zip.CheckedOutputStream;
import se.lishandboken.files.AtomicWrite;
import se.lishandboken.files.Sha256;
import se.lishandboken.page.Page;
import se.lishandboken.site.BakedSite;
import se.lishandboken.site.engine.ConversionCache;

/**
 * What post-processing learned from each page ({@link PageFacts}), kept between builds in
 * {@code .lis/cache/postprocess.bin}, so that a page whose HTML file is unchanged is not parsed again.
 *
 * <p>An entry is found by the digest of everything its facts are made from: the HTML file's bytes,
 * its uri and the page's title. The file also names this program, and holds only the entries of the
 * last build that wrote it (so it does not grow). It ends with a checksum of its content: a damaged,
 * truncated or unreadable file, or one from another version of lis, is a miss for every page, never
 * an error. A file that cannot be written only makes the next build slower.
 */
final class FactsCache {
    /** Bump when what the facts hold, or how they are written, changes. */
    private static final String FORMAT = "lis-postprocess-1";
    private static final int CHECKSUM = Long.BYTES;

    private final Path file;
    private final String program;
    private final Map<String, PageFacts> stored;
    private final Map<String, PageFacts> used = new ConcurrentHashMap<>();
    private final SharedFacts shared;

    private FactsCache(Path file, String program, Map<String, PageFacts> stored, SharedFacts shared) {
        this.file = file;
        this.program = program;
        this.stored = stored;
        this.shared = shared;
    }

    /** Where the facts of this build's pages share what they have alike, those read from the file included. */
    SharedFacts shared() {
        return shared;
    }

    /**
     * The cache of {@code site}'s folder, as the last build left it; empty if there is none or it is
     * unusable. Only the intranet edition is cached: for the management edition, a cache that keeps nothing.
     */
    static FactsCache open(BakedSite site) {
        if (site.build().isManagementEdition()) {
            return new FactsCache(null, "", Map.of(), new SharedFacts());
        }
        Path file = site.config().siteDir().resolve(".lis").resolve("cache").resolve("postprocess.bin");
        String program = ConversionCache.programDigest();
        SharedFacts shared = new SharedFacts();
        return new FactsCache(file, program, read(file, program, shared), shared);
    }

    /** The key of the HTML file {@code html}, at {@code uri}, baked from {@code page} (null for a generated file). */
    static String key(String uri, Page page, byte[] html) {
        MessageDigest sha = Sha256.digest();
        sha.update(uri.getBytes(StandardCharsets.UTF_8));
        // The title is the search entries' page name; a generated file's comes from its HTML.
        sha.update(page != null ? ("\0page\0" + page.title() + "\0").getBytes(StandardCharsets.UTF_8) : new byte[] {0});
        return Sha256.hex(sha, html);
    }

    /** The facts stored under {@code key}, kept for the next build too; null if there are none. */
    PageFacts get(String key) {
        PageFacts facts = stored.get(key);
        if (facts != null) {
            used.put(key, facts);
        }
        return facts;
    }

    /** Keeps {@code facts}, just learned, for the next build. */
    void put(String key, PageFacts facts) {
        used.put(key, facts);
    }

    /**
     * Writes the entries this build used or learned, in {@code order} (this build's keys, in page order),
     * unless they are exactly the ones stored.
     */
    void save(List<String> order) {
        if (file == null || used.keySet().equals(stored.keySet())) {
            return;
        }
        Path temporary = null;
        try {
            Files.createDirectories(file.getParent());
            temporary = Files.createTempFile(file.getParent(), "." + file.getFileName(), ".lis-tmp");
            // Written as it is made, with its checksum: 100,000 pages' facts are some hundred megabytes.
            CRC32C checksum = new CRC32C();
            try (OutputStream raw = new BufferedOutputStream(Files.newOutputStream(temporary), 1 << 16)) {
                DataOutputStream out = new DataOutputStream(new CheckedOutputStream(raw, checksum));
                writeString(out, FORMAT);
                writeString(out, program);
                Set<String> written = new HashSet<>();
                List<String> keys = order.stream().filter(used::containsKey).filter(written::add).toList();
                out.writeInt(keys.size());
                for (String key : keys) {
                    writeString(out, key);
                    write(out, used.get(key));
                }
                out.flush();
                new DataOutputStream(raw).writeLong(checksum.getValue());
            }
            AtomicWrite.replace(temporary, file);
        } catch (IOException | RuntimeException e) {
            // A cache that cannot be written only makes the next build slower.
        } finally {
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException e) {
                    // Left behind; the next build writes another.
                }
            }
        }
    }

    private static Map<String, PageFacts> read(Path file, String program, SharedFacts shared) {
        try {
            if (!Files.isRegularFile(file)) {
                return Map.of();
            }
            byte[] bytes = Files.readAllBytes(file);
            if (bytes.length < CHECKSUM) {
                return Map.of();
            }
            CRC32C checksum = new CRC32C();
            checksum.update(bytes, 0, bytes.length - CHECKSUM);
            ByteBuffer in = ByteBuffer.wrap(bytes, 0, bytes.length - CHECKSUM);
            if (ByteBuffer.wrap(bytes, bytes.length - CHECKSUM, CHECKSUM).getLong() != checksum.getValue()
                    || !readString(in).equals(FORMAT) || !readString(in).equals(program)) {
                return Map.of();
            }
            int count = count(in);
            Map<String, PageFacts> entries = new HashMap<>(count * 2);
            for (int i = 0; i < count; i++) {
                entries.put(readString(in), shared.of(readFacts(in)));
            }
            return in.hasRemaining() ? Map.of() : entries;
        } catch (IOException | RuntimeException damaged) {
            return Map.of(); // a damaged cache is only a miss
        }
    }

    private static void write(DataOutputStream out, PageFacts facts) throws IOException {
        out.writeInt(facts.links().size());
        for (PageLink link : facts.links()) {
            writeString(out, link.target());
            out.writeBoolean(link.clicked());
        }
        writeStrings(out, facts.anchors().ids().stream().sorted().toList());
        writeStrings(out, facts.anchors().names().stream().sorted().toList());
        out.writeInt(facts.findings().size());
        for (GuardFinding finding : facts.findings()) {
            writeString(out, finding.key());
            writeString(out, finding.needle());
            writeStrings(out, finding.arguments());
        }
        out.writeInt(facts.search().size());
        for (SearchEntry entry : facts.search()) {
            writeString(out, entry.u());
            writeString(out, entry.p());
            writeString(out, entry.s());
            writeString(out, entry.x());
        }
    }

    private static PageFacts readFacts(ByteBuffer in) {
        int linkCount = count(in);
        List<PageLink> links = new ArrayList<>(linkCount);
        for (int i = 0; i < linkCount; i++) {
            links.add(new PageLink(readString(in), readBoolean(in)));
        }
        Anchors anchors = new Anchors(Set.copyOf(readStrings(in)), Set.copyOf(readStrings(in)));
        int findingCount = count(in);
        List<GuardFinding> findings = new ArrayList<>(findingCount);
        for (int i = 0; i < findingCount; i++) {
            findings.add(new GuardFinding(readString(in), readString(in), readStrings(in)));
        }
        int entryCount = count(in);
        List<SearchEntry> search = new ArrayList<>(entryCount);
        for (int i = 0; i < entryCount; i++) {
            search.add(new SearchEntry(readString(in), readString(in), readString(in), readString(in)));
        }
        return new PageFacts(links, anchors, findings, search);
    }

    /**
     * Strings are UTF-8 with their length first, -1 for null (a page may lack a title); every string
     * the facts hold came from well-formed UTF-8 text, so it reads back the same.
     */
    private static void writeString(DataOutputStream out, String text) throws IOException {
        if (text == null) {
            out.writeInt(-1);
            return;
        }
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
    }

    private static void writeStrings(DataOutputStream out, List<String> texts) throws IOException {
        out.writeInt(texts.size());
        for (String text : texts) {
            writeString(out, text);
        }
    }

    private static String readString(ByteBuffer in) {
        if (in.getInt(in.position()) == -1) {
            in.position(in.position() + Integer.BYTES);
            return null;
        }
        int length = count(in);
        String text = new String(in.array(), in.arrayOffset() + in.position(), length, StandardCharsets.UTF_8);
        in.position(in.position() + length);
        return text;
    }

    private static List<String> readStrings(ByteBuffer in) {
        int count = count(in);
        List<String> texts = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            texts.add(readString(in));
        }
        return texts;
    }

    private static boolean readBoolean(ByteBuffer in) {
        byte value = in.get();
        if (value != 0 && value != 1) {
            throw new IllegalStateException("not a boolean: " + value);
        }
        return value == 1;
    }

    /** A count or length, which can be no more than the bytes left. */
    private static int count(ByteBuffer in) {
        int count = in.getInt();
        if (count < 0 || count > in.remaining()) {
            throw new IllegalStateException("bad length " + count + " with " + in.remaining() + " bytes left");
        }
        return count;
    }
}
