import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Random;

/**
 * Generates a benchmark handbook: N realistic Swedish AsciiDoc pages in sections, with xrefs,
 * tables and lists, plus the repository's configuration; the pages use the tool's built-in theme.
 *
 * <p>Run with {@code java bench/CorpusGenerator.java PAGES TARGET_DIR [WORDS]} from the repository root.
 * Without WORDS, each page has four short sections (about 450 words). With WORDS, pages are long: as
 * many sections as it takes to reach WORDS words on average (each page between 0.6 and 1.4 times
 * WORDS), each with paragraphs, a bulleted and a numbered list, two xrefs to sections of other pages,
 * and a table in every other section. It prints the number of pages and of words written.
 */
public final class CorpusGenerator {
    private static final String[] TOPICS = {"incidenthantering", "informationsklassning", "behörighetsrevision",
        "kontinuitet", "leverantörer", "loggning", "säkerhetskopiering", "utbildning", "riskanalys", "registerförteckning"};
    private static final String[] SENTENCES = {
        "Objektägaren ansvarar för att informationstillgångarna är klassade och att åtgärderna i handlingsplanen genomförs.",
        "Alla incidenter rapporteras i IA samma dag, även när det är oklart om något allvarligt har hänt.",
        "Behörigheter ses över minst en gång per år och avslutas när en medarbetare eller konsult slutar.",
        "Personuppgiftsbiträdesavtal tecknas innan en leverantör får behandla personuppgifter för bolagets räkning.",
        "Kontinuitetsplanen övas årligen så att verksamheten kan fortsätta när ett system inte är tillgängligt.",
        "Registerförteckningen hålls aktuell i samarbete med registrator och dataskyddsombudet.",
        "Chefen ser till att alla medarbetare genomför stadens obligatoriska e-utbildningar.",
        "Risker bedöms utifrån sannolikhet och konsekvens, och varje risk har en riskägare och en åtgärdsplan.",
    };

    public static void main(String[] args) throws IOException {
        int pages = Integer.parseInt(args[0]);
        Path target = Path.of(args[1]);
        int words = args.length > 2 ? Integer.parseInt(args[2]) : 0;
        Path repository = Path.of("").toAbsolutePath();
        Files.createDirectories(target);
        Files.copy(repository.resolve("jbake.properties"), target.resolve("jbake.properties"), StandardCopyOption.REPLACE_EXISTING);
        Path content = target.resolve("content");
        Files.createDirectories(content);
        Files.copy(repository.resolve("content/sok.adoc"), content.resolve("sok.adoc"), StandardCopyOption.REPLACE_EXISTING);
        write(content.resolve("index.adoc"), header("Benchmarkhandbok", 0) + "\nEn genererad handbok med " + pages + " sidor.\n");

        Random random = new Random(42);
        int sections = Math.max(1, pages / 25);
        for (int s = 0; s < sections; s++) {
            write(content.resolve("del" + s + "/index.adoc"), header("Del " + (s + 1), s) + "\nÖversikt över del " + (s + 1) + ".\n");
        }
        long written = 0;
        for (int p = 0; p < pages - sections - 1; p++) {
            int section = p % sections;
            String page = words > 0 ? longPage(p, pages - sections - 1, sections, words, random)
                    : page(p, section, pages - sections - 1, sections, random);
            write(content.resolve("del" + section + "/sida" + p + ".adoc"), page);
            written += wordCount(page);
        }
        System.out.println(pages + " pages, " + written + " words in the generated routines");
    }

    private static String header(String title, int order) {
        return "= " + title + "\n:nav-order: " + order + "\n:owner: ISAM\n:approved-by: VD\n:approved-date: 2025-11-14\n"
                + ":doc-version: 1.0\n:next-review: 2027-11-30\n:description: " + title + ".\n";
    }

    private static String page(int number, int section, int pageCount, int sections, Random random) {
        String topic = TOPICS[number % TOPICS.length];
        StringBuilder text = new StringBuilder(header("Rutin " + number + ": " + topic, number));
        text.append('\n').append(sentence(random)).append(' ').append(sentence(random)).append("\n");
        for (int h = 1; h <= 4; h++) {
            text.append("\n[#avsnitt-").append(h).append("]\n== Avsnitt ").append(h).append(" om ").append(topic).append("\n\n");
            text.append(sentence(random)).append(' ').append(sentence(random)).append(' ').append(sentence(random)).append("\n\n");
            int other = random.nextInt(pageCount);
            text.append("Se även xref:../del").append(other % sections).append("/sida").append(other)
                    .append(".adoc#avsnitt-").append(1 + random.nextInt(4)).append("[rutin ").append(other).append("].\n\n");
            text.append("* ").append(sentence(random)).append("\n* ").append(sentence(random)).append("\n\n");
            if (h == 2) {
                text.append("[cols=\"1,3\",options=\"header\"]\n|===\n| Roll | Ansvar\n");
                for (int r = 0; r < 4; r++) {
                    text.append("| Roll ").append(r).append(" | ").append(sentence(random)).append('\n');
                }
                text.append("|===\n");
            }
        }
        return text.toString();
    }

    /** A page of about {@code words} words (0.6–1.4 times it): sections until the page has its share. */
    private static String longPage(int number, int pageCount, int sections, int words, Random random) {
        String topic = TOPICS[number % TOPICS.length];
        int target = (int) Math.round(words * (0.6 + 0.8 * random.nextDouble()));
        StringBuilder text = new StringBuilder(header("Rutin " + number + ": " + topic, number));
        text.append('\n').append(paragraph(random, 3)).append("\n");
        // A section is about 180 words: one more is added while it brings the page nearer its target.
        for (int h = 1; h <= 2 || wordCount(text.toString()) + 90 < target; h++) {
            text.append("\n[#avsnitt-").append(h).append("]\n== Avsnitt ").append(h).append(" om ").append(topic).append("\n\n");
            text.append(paragraph(random, 3)).append("\n\n");
            text.append("Se även ").append(xref(pageCount, sections, random)).append(" och ")
                    .append(xref(pageCount, sections, random)).append(".\n\n");
            text.append("* ").append(sentence(random)).append("\n* ").append(sentence(random))
                    .append("\n* ").append(sentence(random)).append("\n\n");
            text.append(paragraph(random, 2)).append("\n\n");
            text.append(". ").append(sentence(random)).append("\n. ").append(sentence(random)).append("\n\n");
            if (h % 2 == 0) {
                text.append("[cols=\"1,3\",options=\"header\"]\n|===\n| Roll | Ansvar\n");
                for (int r = 0; r < 4; r++) {
                    text.append("| Roll ").append(r).append(" | ").append(sentence(random)).append('\n');
                }
                text.append("|===\n");
            }
        }
        return text.toString();
    }

    /** An xref to a section of another long page; every long page has at least sections 1 and 2. */
    private static String xref(int pageCount, int sections, Random random) {
        int other = random.nextInt(pageCount);
        return "xref:../del" + (other % sections) + "/sida" + other + ".adoc#avsnitt-" + (1 + random.nextInt(2)) + "[rutin " + other + "]";
    }

    private static String paragraph(Random random, int sentences) {
        StringBuilder text = new StringBuilder(sentence(random));
        for (int i = 1; i < sentences; i++) {
            text.append(' ').append(sentence(random));
        }
        return text.toString();
    }

    /** The words of a page as a reader sees them: its text after the header, without markup lines. */
    private static int wordCount(String page) {
        int words = 0;
        boolean body = false;
        for (String line : page.split("\n")) {
            body |= line.isBlank();
            if (!body || line.startsWith("[") || line.startsWith("|===")) {
                continue;
            }
            for (String token : line.split("\\s+")) {
                if (token.chars().anyMatch(Character::isLetterOrDigit) && !token.equals("|") && !token.matches("[*.=]+")) {
                    words++;
                }
            }
        }
        return words;
    }

    private static String sentence(Random random) {
        return SENTENCES[random.nextInt(SENTENCES.length)];
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
