package se.lishandboken.source;

import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Optional;
import java.util.regex.Pattern;
import se.lishandboken.problem.Problem;
import se.lishandboken.problem.ProblemText;

/**
 * Which file names a page may have. A page's path under content/ becomes its web address and the name
 * of its HTML (and, for a review, PDF) file, so every folder and file name in it must make a working
 * address as it is: letters a–z and A–Z, digits, hyphen, underscore and dot. A space or å, ä, ö would
 * have to be percent-encoded in links, and the web server would look for a file of another name; so
 * such a name is refused, with a name to use instead, rather than half supported. Capitals work everywhere
 * (links, cross references, the menu, search and {@code lis serve}); two names that differ only in case are
 * refused by {@link SourceCheck}, since they are one file on Windows and macOS.
 *
 * <p>A name is also at most {@value #MAX_LENGTH} characters, well inside the 255 bytes file systems
 * allow for the longest file the build writes for a page.
 */
public final class PageNames {
    /** The longest folder or file name (without its extension) a page may have. */
    public static final int MAX_LENGTH = 100;
    private static final Pattern USABLE = Pattern.compile("[A-Za-z0-9._-]+");
    private static final Pattern UNUSABLE_RUN = Pattern.compile("[^A-Za-z0-9._-]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private PageNames() {
    }

    /**
     * The problem with the name of the page {@code file} under {@code contentDir}, if it has one: the first
     * folder or file name in its path that would not make a working address.
     *
     * @param shown the file as messages name it, relative to the site folder
     * @return the problem; empty if the name is usable
     */
    public static Optional<Problem> check(Path contentDir, Path file, Path shown) {
        Path relative = contentDir.toAbsolutePath().normalize().relativize(file.toAbsolutePath().normalize());
        for (int index = 0; index < relative.getNameCount(); index++) {
            String name = relative.getName(index).toString();
            boolean last = index == relative.getNameCount() - 1;
            String base = last && name.lastIndexOf('.') > 0 ? name.substring(0, name.lastIndexOf('.')) : name;
            String extension = name.substring(base.length());
            if (!USABLE.matcher(base).matches()) {
                return Optional.of(ProblemText.error(shown, 0, "page.name.invalid", name, usable(base) + extension));
            }
            if (base.length() > MAX_LENGTH) {
                return Optional.of(ProblemText.error(shown, 0, "page.name.long", name, base.length(), MAX_LENGTH,
                        shortened(base) + extension));
            }
        }
        return Optional.empty();
    }

    private static String shortened(String base) {
        String usable = usable(base);
        return usable.substring(0, Math.min(MAX_LENGTH, usable.length()));
    }

    /**
     * A usable name close to {@code name}: letters without their accents (å to a, ö to o), every other
     * character that cannot stand in an address turned into a hyphen, e.g. "Åtgärder i år" gives
     * "Atgarder-i-ar".
     */
    static String usable(String name) {
        String plain = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
        String usable = UNUSABLE_RUN.matcher(plain).replaceAll("-").replaceAll("^-+|-+$", "");
        return usable.isEmpty() ? "sida" : usable;
    }
}
