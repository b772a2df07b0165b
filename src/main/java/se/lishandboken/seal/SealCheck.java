package se.lishandboken.seal;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import se.lishandboken.problem.Problem;
import se.lishandboken.problem.ProblemText;
import se.lishandboken.review.Review;

/**
 * The rules for a review and its seal, shared by the build and {@code lis check}: which figures a
 * review shows, and what is wrong.
 */
public final class SealCheck {
    /** At most this many differing figures are named; the rest are counted. */
    private static final int NAMED = 8;

    /**
     * What to show for one review.
     *
     * @param review the figures: the sealed ones for an approved review with a seal, else those computed now
     * @param sealed whether they come from the seal
     * @param problems what is wrong: an approved review without a seal is an error; a seal that differs from today's figures a warning
     */
    public record Outcome(Review review, boolean sealed, List<Problem> problems) {
    }

    private SealCheck() {
    }

    /**
     * Decides what a review page shows.
     *
     * @param page the review page, as messages name it
     * @param seal its seal, if it has one
     * @param approved whether the page says {@code :review-status: fastställd}
     * @param edition the edition being built, {@code intranet} or {@code ledning}
     * @param computed the review computed from the register now
     */
    public static Outcome of(Path page, Optional<ReviewSeal> seal, boolean approved, String edition, Review computed) {
        Path sealFile = SealFiles.of(page);
        String year = String.valueOf(computed.year());
        if (seal.isEmpty()) {
            return new Outcome(computed, false, approved
                    ? List.of(ProblemText.error(page, 0, "review.seal.missing", year, sealFile)) : List.of());
        }
        if (!approved) {
            return new Outcome(computed, false, List.of(ProblemText.warning(sealFile, 0, "review.seal.draft", page)));
        }
        ReviewSeal found = seal.get();
        if (found.year() != computed.year() || !found.date().equals(computed.date())) {
            return new Outcome(computed, false, List.of(ProblemText.error(sealFile, 0, "review.seal.other",
                    String.valueOf(found.year()), found.date(), year, computed.date())));
        }
        SealedEdition sealed = found.editions().get(edition);
        if (sealed == null || sealed.review() == null) {
            return new Outcome(computed, false, List.of(ProblemText.error(sealFile, 0, "review.seal.edition", edition, year)));
        }
        // A seal written before the Statement of Applicability was data did not record it: compare without it, show none.
        List<String> differences = differences(sealed.review(),
                sealed.review().soa() == null && sealed.review().soaBefore() == null ? computed.withoutSoa() : computed);
        if (differences.isEmpty()) {
            return new Outcome(sealed.review(), true, List.of());
        }
        String named = String.join("; ", differences.subList(0, Math.min(NAMED, differences.size())))
                + (differences.size() > NAMED ? " (+" + (differences.size() - NAMED) + ")" : "");
        return new Outcome(sealed.review(), true, List.of(ProblemText.warning(sealFile, 0, "review.seal.differs",
                year, differences.size(), named, edition)));
    }

    /** The figures that differ, each as its JSON pointer with the sealed and the current value, e.g. {@code /assetsClassified/part: 19 → 20}. */
    static List<String> differences(Review sealed, Review now) {
        List<String> found = new ArrayList<>();
        compare("", SealFiles.tree(sealed), SealFiles.tree(now), found);
        return found;
    }

    private static void compare(String pointer, JsonNode sealed, JsonNode now, List<String> found) {
        if (sealed.equals(now)) {
            return;
        }
        if (sealed.isObject() && now.isObject()) {
            TreeSet<String> names = new TreeSet<>();
            sealed.fieldNames().forEachRemaining(names::add);
            now.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                compare(pointer + "/" + name, sealed.path(name), now.path(name), found);
            }
        } else if (sealed.isArray() && now.isArray() && sealed.size() == now.size()) {
            Iterator<JsonNode> left = sealed.elements();
            Iterator<JsonNode> right = now.elements();
            for (int i = 0; left.hasNext(); i++) {
                compare(pointer + "/" + i, left.next(), right.next(), found);
            }
        } else {
            found.add(pointer + ": " + shown(sealed) + " → " + shown(now));
        }
    }

    private static String shown(JsonNode node) {
        if (node.isMissingNode() || node.isNull()) {
            return "–";
        }
        if (node.isArray()) {
            return node.size() + " poster";
        }
        String text = node.isValueNode() ? node.asText() : node.toString();
        return text.length() > 60 ? text.substring(0, 57) + "…" : text;
    }
}
