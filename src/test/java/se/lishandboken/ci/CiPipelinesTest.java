package se.lishandboken.ci;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import se.lishandboken.testsupport.RepositoryPaths;

/** The GitHub Actions and GitLab CI pipelines run the commands the README documents. */
class CiPipelinesTest {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    /** A tool command in a shell line: ./lis with its subcommand and first flag, or mvn with its arguments. */
    private static final Pattern COMMAND = Pattern.compile("(\\./lis \\w+(?: --[a-z]+)?|mvn -B \\w+)");

    private static String readme() throws Exception {
        return Files.readString(RepositoryPaths.root().resolve("README.md"), StandardCharsets.UTF_8);
    }

    /** README's two commands: the first lines of its first code block, without their comments. */
    private static List<String> readmeCommands() throws Exception {
        String readme = readme();
        String block = readme.substring(readme.indexOf("```sh") + 5, readme.indexOf("```", readme.indexOf("```sh") + 5));
        return block.strip().lines().map(line -> line.replaceAll("#.*", "").strip()).toList();
    }

    private static List<String> githubCommands(String job) throws Exception {
        JsonNode workflow = YAML.readTree(RepositoryPaths.root().resolve(".github/workflows/lis.yml").toFile());
        List<String> lines = new ArrayList<>();
        workflow.path("jobs").path(job).path("steps").forEach(step -> {
            if (step.has("run")) {
                lines.addAll(step.get("run").asText().lines().toList());
            }
        });
        return lines;
    }

    private static List<String> gitlabCommands(String job) throws Exception {
        JsonNode pipeline = YAML.readTree(RepositoryPaths.root().resolve(".gitlab-ci.yml").toFile());
        List<String> lines = new ArrayList<>();
        for (String part : List.of("before_script", "script")) {
            pipeline.path(job).path(part).forEach(line -> lines.add(line.asText()));
        }
        return lines;
    }

    private static List<String> tools(List<String> lines) {
        List<String> commands = new ArrayList<>();
        for (String line : lines) {
            Matcher matcher = COMMAND.matcher(line);
            while (matcher.find()) {
                commands.add(matcher.group(1));
            }
        }
        return commands;
    }

    @Test
    void bothPipelinesRunTheReadmesTestCommandThenCheckAndBuildOnEveryChange() throws Exception {
        assertThat(readmeCommands()).containsExactly("./lis build", "mvn -B verify");
        for (List<String> test : List.of(githubCommands("test"), gitlabCommands("test"))) {
            assertThat(test).contains("CI=true mvn -B verify", "./lis check", "./lis build");
            assertThat(String.join("\n", test)).contains("chromium chromium-driver");
        }
    }

    @Test
    void bothPipelinesPublishOnMainWithLisPublish() throws Exception {
        JsonNode github = YAML.readTree(RepositoryPaths.root().resolve(".github/workflows/lis.yml").toFile());
        assertThat(github.path("on").path("push").path("branches").get(0).asText()).isEqualTo("main");
        assertThat(github.path("jobs").path("publish").path("if").asText()).contains("refs/heads/main");
        assertThat(githubCommands("publish")).contains("./lis publish --to publicerat --keep 10");

        JsonNode gitlab = YAML.readTree(RepositoryPaths.root().resolve(".gitlab-ci.yml").toFile());
        for (String job : List.of("publish", "pages")) {
            assertThat(gitlab.path(job).path("rules").get(0).path("if").asText()).contains("$CI_DEFAULT_BRANCH");
            assertThat(gitlabCommands(job)).contains("./lis publish --to publicerat --keep 10");
        }
        assertThat(gitlab.path("test").path("artifacts").path("paths").get(0).asText()).isEqualTo("output/");
    }

    @Test
    void everyToolCommandThePipelinesRunIsDocumentedInTheReadme() throws Exception {
        List<String> used = new ArrayList<>();
        for (String job : List.of("test", "publish")) {
            used.addAll(tools(githubCommands(job)));
        }
        for (String job : List.of("test", "publish", "pages")) {
            used.addAll(tools(gitlabCommands(job)));
        }
        assertThat(used).contains("./lis check", "./lis build", "./lis publish --to", "mvn -B verify");
        String readme = readme();
        assertThat(used).allSatisfy(command -> assertThat(readme).contains(command));
    }
}
