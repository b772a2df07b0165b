package se.lishandboken.history;

/**
 * Where the site's folders are in its git repository, as paths ending in "/": the site may sit in a
 * sub-folder, and name its content and data folders as it likes ({@code content.folder}, {@code data.folder}).
 *
 * @param site the site folder, e.g. "" or "handbok/"
 * @param content the content folder, e.g. "handbok/content/"
 * @param data the data folder, e.g. "handbok/data/"
 */
record RepositoryFolders(String site, String content, String data) {

    /** A path in the repository as the site names it: relative to the site folder. */
    String inSite(String repositoryPath) {
        return repositoryPath.substring(site.length());
    }
}
