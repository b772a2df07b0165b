package se.lishandboken.review;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import se.lishandboken.config.ConfigLoader;
import se.lishandboken.pipeline.BuildRequest;
import se.lishandboken.pipeline.SiteBuild;
import se.lishandboken.register.Register;
import se.lishandboken.register.RegisterLoader;
import se.lishandboken.register.Risk;
import se.lishandboken.review.RandomRegisters.Kind;
import se.lishandboken.review.RandomRegisters.Scenario;
import se.lishandboken.review.RandomRegisters.Seed;
import se.lishandboken.testsupport.FixtureSite;

/**
 * The review's as-of property: for random registers and random review dates, adding any records or
 * events dated after the review date changes nothing in the review model, nor in the review page's
 * text or the PDF's text apart from the build stamp.
 *
 * <p>Each check runs on random scenarios from a fixed seed, so every run checks the same registers
 * ({@code -Dreview.asof.seed=N -Dreview.asof.tries=N} checks others). A failing scenario is shrunk to a simplest one that
 * still fails, and that is what the failure shows.
 */
class ReviewAsOfPropertyTest {
    private static final int RECLASSIFICATION_MONTHS = 36;
    private static final long SEED = Long.getLong("review.asof.seed", 20_261_201L);
    private static final int TRIES = Integer.getInteger("review.asof.tries", 300);
    private static final int RENDERED_TRIES = 8;
    /**
     * The two builds' stamps: the later edition is built later. Both are after every generated date, which
     * the register loader would otherwise reject as in the future.
     */
    private static final BuildStamp FIRST_BUILD = new BuildStamp("1.0", Instant.parse("2050-01-01T10:00:00Z"));
    private static final BuildStamp LATER_BUILD = new BuildStamp("1.1", Instant.parse("2051-06-15T14:30:00Z"));

    /**
     * Additions that leave the review alone but not the dated register view: a processing activity keeps
     * only the date of its last review, so a review after the date hides the one before it, which the view
     * then shows as not known (ProcessingRecord.asOf). No review figure reads it.
     */
    private static final Set<Kind> CHANGE_THE_VIEW = EnumSet.of(Kind.RECORD_REVIEWED_AGAIN);

    @Test
    void addingAnythingDatedAfterTheReviewDateChangesNothingInTheReview() {
        forAll(TRIES, EnumSet.allOf(Kind.class), scenario -> {
            Review review = review(scenario, scenario.register());
            Review later = review(scenario, scenario.later());
            assertThat(later).usingRecursiveComparison().isEqualTo(review);
            assertThat(later).isEqualTo(review);
        });
    }

    @Test
    void addingAnythingDatedAfterTheReviewDateChangesNothingInTheRegisterAsItWasThen() {
        forAll(TRIES, EnumSet.complementOf(EnumSet.copyOf(CHANGE_THE_VIEW)), scenario ->
                assertThat(scenario.later().asOf(scenario.date())).usingRecursiveComparison()
                        .isEqualTo(scenario.register().asOf(scenario.date())));
    }

    @Test
    void addingAnythingDatedAfterTheReviewDateChangesNothingInTheReviewPageOrItsPdf() throws IOException {
        for (int i = 0; i < RENDERED_TRIES; i++) {
            // One review page and no other handbook pages: the model's check covers earlier reviews and overdue pages.
            Scenario scenario = RandomRegisters.seed(random(SEED + TRIES + i), EnumSet.allOf(Kind.class))
                    .alone().scenario();
            Path temp = Files.createTempDirectory("review-as-of-");
            try {
                FixtureSite site = FixtureSite.create(temp)
                        .file("jbake.properties", FixtureSite.PROPERTIES + "template.review.file=review.ftlh\n")
                        .page("granskning/" + scenario.review().year() + ".adoc", reviewPage(scenario.review()));

                Rendered before = build(site, scenario.register(), FIRST_BUILD, temp.resolve("before"), scenario);
                Rendered after = build(site, scenario.later(), LATER_BUILD, temp.resolve("after"), scenario);

                assertThat(before.page()).as("the review page's text").contains("Ledningens genomgång " + scenario.review().year());
                assertThat(after.page()).as("the review page's text, try %d: %s", i + 1, scenario).isEqualTo(before.page());
                assertThat(after.pdf()).as("the PDF's text, try %d: %s", i + 1, scenario).isEqualTo(before.pdf());
            } finally {
                deleteTree(temp);
            }
        }
    }

    private static Review review(Scenario scenario, Register register) {
        return Reviews.of(register, scenario.dates(), RECLASSIFICATION_MONTHS, scenario.pages());
    }

    /**
     * Checks {@code property} on {@code tries} random scenarios; on the first that fails, shrinks it to a
     * simplest one that still fails and reports that.
     */
    private static void forAll(int tries, Set<Kind> kinds, Consumer<Scenario> property) {
        for (int i = 0; i < tries; i++) {
            Seed seed = RandomRegisters.seed(random(SEED + i), kinds);
            Optional<Throwable> failure = failure(property, seed);
            if (failure.isPresent()) {
                Seed smallest = seed;
                Throwable error = failure.get();
                int steps = 0;
                for (boolean shrunk = true; shrunk && steps < 5_000; ) {
                    shrunk = false;
                    for (Seed simpler : (Iterable<Seed>) smallest.smaller()::iterator) {
                        Optional<Throwable> still = failure(property, simpler);
                        if (still.isPresent()) {
                            smallest = simpler;
                            error = still.get();
                            shrunk = true;
                            steps++;
                            break;
                        }
                    }
                }
                String message = String.valueOf(error.getMessage());
                int configuration = message.indexOf("The recursive comparison was performed with this configuration");
                throw new AssertionError("Try " + (i + 1) + " of " + tries + " (seed " + SEED + ") fails; shrunk in " + steps
                        + " steps to\n  " + smallest.scenario() + "\nwhich fails with " + error.getClass().getName() + ": "
                        + (configuration < 0 ? message : message.substring(0, configuration)), error instanceof AssertionError ? null : error);
            }
        }
    }

    private static Optional<Throwable> failure(Consumer<Scenario> property, Seed seed) {
        try {
            property.accept(seed.scenario());
            return Optional.empty();
        } catch (AssertionError | RuntimeException e) {
            return Optional.of(e);
        }
    }

    /** A generator of its own for each try, so that a try's scenario does not depend on the tries before it. */
    private static Random random(long seed) {
        return new Random(new SplittableRandom(seed).nextLong());
    }

    // ---- The rendered review ----

    /**
     * The visible text of a built review: its page's article (the footer with the build stamp is outside
     * it) and its PDF's text without the build stamp.
     */
    private record Rendered(String page, String pdf) {
    }

    /**
     * What a build is stamped with.
     *
     * @param version the release version
     * @param time the build time
     */
    private record BuildStamp(String version, Instant time) {
    }

    private static String reviewPage(ReviewDates.Stated review) {
        return "= Ledningens genomgång " + review.year() + "\n"
                + ":jbake-type: review\n"
                + ":review-year: " + review.year() + "\n"
                + ":review-date: " + review.date() + "\n"
                + (review.period() == null ? "" : ":review-period: " + review.period().start() + "/" + review.period().end() + "\n")
                + ":review-status: utkast\n"
                + "\n"
                + "[#sammanfattning]\n== 1 Sammanfattning\n\nArbetet följer planen.\n"
                + "\n"
                + "[#atgarder]\n== 2 Åtgärder kommande tre år\n\nlis::review-plan[]\n";
    }

    /** Writes {@code register} to the site's data folder, builds the site into {@code output}, and reads the review back. */
    private static Rendered build(FixtureSite site, Register register, BuildStamp stamp, Path output, Scenario scenario) throws IOException {
        writeData(site.dir().resolve("data"), register);
        assertThat(RegisterLoader.load(ConfigLoader.load(site.dir()), LocalDate.ofInstant(stamp.time(), ZoneOffset.UTC)).register())
                .as("the register as the build reads it from the data files").isEqualTo(register);
        SiteBuild.run(new BuildRequest(site.dir(), output, stamp.version(), stamp.time()));
        String page = "granskning/" + scenario.review().year();
        String html = Files.readString(output.resolve(page + ".html"), StandardCharsets.UTF_8);
        try (PDDocument pdf = Loader.loadPDF(output.resolve(page + ".pdf").toFile())) {
            return new Rendered(Jsoup.parse(html).selectFirst("article").text(), withoutStamp(new PDFTextStripper().getText(pdf), stamp));
        }
    }

    /** The text without the lines of the build stamp (version and build date), which the PDF's page footer repeats. */
    private static String withoutStamp(String text, BuildStamp stamp) {
        String day = LocalDate.ofInstant(stamp.time(), ZoneOffset.UTC).toString();
        return text.lines().filter(line -> !(line.contains(stamp.version()) && line.contains(day))).collect(Collectors.joining("\n"));
    }

    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .setSerializationInclusion(JsonInclude.Include.NON_NULL)
            // Only the records' components: not isManagementOnly(), isToAnswer() and the like.
            .setVisibility(PropertyAccessor.IS_GETTER, JsonAutoDetect.Visibility.NONE)
            .addMixIn(Risk.class, RiskAsWritten.class);

    /** A risk is written with its assessments only; the file may not give the latest assessment's fields beside them. */
    @JsonIgnoreProperties({"likelihood", "consequence", "assessed"})
    private interface RiskAsWritten {
    }

    /** Writes the register as the data files of data/, each naming its schema. */
    private static void writeData(Path data, Register register) throws IOException {
        Files.createDirectories(data);
        ObjectNode organisation = file("organisation");
        organisation.set("roles", JSON.valueToTree(register.organisation().roles()));
        organisation.set("units", JSON.valueToTree(register.organisation().units()));
        write(data, "organisation", organisation);
        write(data, "assets", file("assets").set("assets", JSON.valueToTree(register.assets())));
        write(data, "processes", file("processes").set("processes", JSON.valueToTree(register.processes())));
        write(data, "processing", file("processing").set("records", JSON.valueToTree(register.records())));
        write(data, "actions", file("actions").set("actions", JSON.valueToTree(register.actions())));
        write(data, "findings", file("findings").set("findings", JSON.valueToTree(register.findings())));
        write(data, "risks", file("risks").set("risks", JSON.valueToTree(register.risks())));
        write(data, "metrics", file("metrics").set("years", JSON.valueToTree(register.metrics())));
        write(data, "cycle", file("cycle").setAll((ObjectNode) JSON.valueToTree(register.cycle())));
    }

    private static ObjectNode file(String name) {
        return JSON.createObjectNode().put("$schema", "./schema/" + name + ".schema.json");
    }

    private static void write(Path data, String name, JsonNode root) throws IOException {
        Files.writeString(data.resolve(name + ".json"), JSON.writeValueAsString(root), StandardCharsets.UTF_8);
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
