package se.lishandboken.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;
import se.lishandboken.problem.Problem;
import se.lishandboken.problem.ProblemText;

/**
 * The project folder as the file system sees it, after every symbolic link is followed: the one rule
 * for what the tool may read and write. No input is read through a link that leads out of the project
 * (a link that stays inside is fine), and a file written through a link lands where the link leads,
 * so places are compared by their real paths, never as text.
 *
 * <pre>{@code
 * ProjectBoundary.of(site).check(site.resolve("data/risks.json"), Path.of("data/risks.json"))
 *     // a problem if data/risks.json is a link to /tmp/outside.json
 * }</pre>
 */
public final class ProjectBoundary {
    /** How many links in a row {@link #realPathWhenWritten} follows, as the kernel's own limit (ELOOP). */
    private static final int MAX_LINKS = 40;

    private final Path project;

    private ProjectBoundary(Path project) {
        this.project = project;
    }

    /** The boundary of the project in {@code projectDir}, which must exist. */
    public static ProjectBoundary of(Path projectDir) {
        return new ProjectBoundary(realPathWhenWritten(projectDir));
    }

    /**
     * Whether reading {@code file} stays inside the project, following every link on the way. A file that
     * does not exist stays inside (there is nothing to read); a link that leads nowhere does not, since
     * nothing says where it would lead once its target is created.
     */
    public boolean contains(Path file) {
        return whereItLeads(file).isEmpty();
    }

    /**
     * A problem at {@code shown} if {@code file} leads out of the project through a link.
     *
     * @param shown the file as messages name it, e.g. relative to the project
     * @return the problem, naming where the link leads and what to do; empty if the file stays inside
     */
    public Optional<Problem> check(Path file, Path shown) {
        return whereItLeads(file).map(target -> ProblemText.error(shown, 0, "input.link.outside", target));
    }

    /** Where {@code file} leads if that is outside the project: its real path, or a dangling link's text. */
    private Optional<String> whereItLeads(Path file) {
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        try {
            Path real = file.toRealPath();
            return real.startsWith(project) ? Optional.empty() : Optional.of(real.toString());
        } catch (IOException dangling) {
            return Optional.of(linkText(file));
        }
    }

    private static String linkText(Path file) {
        try {
            return Files.readSymbolicLink(file).toString();
        } catch (IOException | UnsupportedOperationException e) {
            return file.getFileName().toString();
        }
    }

    /**
     * The real path of the file that writing {@code path} would create or replace: every link followed,
     * a link to a file not yet there included, and the part that does not exist yet appended to the
     * real path of the nearest folder that does.
     */
    public static Path realPathWhenWritten(Path path) {
        Path current = path.toAbsolutePath();
        for (int links = 0; links < MAX_LINKS; links++) {
            try {
                if (Files.exists(current)) {
                    return current.toRealPath();
                }
                if (Files.isSymbolicLink(current)) {
                    current = current.resolveSibling(Files.readSymbolicLink(current));
                    continue;
                }
            } catch (IOException e) {
                // unreadable: judge by the text that is left
            }
            Path parent = current.getParent();
            return parent == null ? current.normalize() : realPathWhenWritten(parent).resolve(current.getFileName()).normalize();
        }
        return current.normalize();
    }
}
