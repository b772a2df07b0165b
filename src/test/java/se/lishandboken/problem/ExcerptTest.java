package se.lishandboken.problem;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A parser's message never carries more than a few characters of what it could not read. */
class ExcerptTest {
    private static final String TOKEN = "ghp_" + "aBcDeFgHiJkLmNoPqRsTuVwXyZaBcDeFgHiJ";

    @Test
    void anExcerptIsAFewCharactersWithControlCharactersEscaped() {
        assertThat(Excerpt.of(TOKEN)).isEqualTo("ghp_…");
        assertThat(Excerpt.of("ab")).isEqualTo("ab");
        assertThat(Excerpt.of("a\u001b[2Jb")).isEqualTo("a\\u001b[2…");
    }

    @Test
    void anUnrecognizedTokenIsCutButTheParsersOwnWordsStay() {
        String jackson = "Unrecognized token '" + TOKEN + "': was expecting (JSON String, Number, Array, Object or token 'null', 'true' or 'false')";

        assertThat(Excerpt.inParserMessage(jackson)).isEqualTo(
                "Unrecognized token 'ghp_…': was expecting (JSON String, Number, Array, Object or token 'null', 'true' or 'false')");
    }

    @Test
    void aTokenWithQuotesInItIsCutAsAWhole() {
        String jackson = "Unrecognized token 'ab'" + TOKEN + "': was expecting (JSON String, Number, Array, Object or token 'null')";

        assertThat(Excerpt.inParserMessage(jackson)).doesNotContain("ghp_").startsWith("Unrecognized token 'ab'g…': was expecting");
    }

    @Test
    void otherQuotedInputIsCutAndTheMessageKeptToALine() {
        assertThat(Excerpt.inParserMessage("Duplicate field '" + TOKEN + "'")).isEqualTo("Duplicate field 'ghp_…'");
        assertThat(Excerpt.inParserMessage("Unexpected character ('g' (code 103)): was expecting comma"))
                .isEqualTo("Unexpected character ('g' (code 103)): was expecting comma");
        assertThat(Excerpt.inParserMessage("x".repeat(500) + "\n" + TOKEN)).hasSizeLessThanOrEqualTo(201).doesNotContain("\n");
    }
}
