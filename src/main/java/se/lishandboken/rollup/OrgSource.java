package se.lishandboken.rollup;

import java.nio.file.Path;

/**
 * Where one organisation's published reviews are read from.
 *
 * @param key the organisation's key in the configuration, e.g. {@code sbr}; its page is {@code org/KEY.html}
 * @param path its built site ({@code output}), its site folder or git work tree (whose {@code output} is read), or a folder of {@code YEAR.data.json} files
 * @param shown the path as the configuration gives it, as messages name it
 */
public record OrgSource(String key, Path path, String shown) {
}
