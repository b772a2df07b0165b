package se.lishandboken.calendar;

/**
 * Folds content lines at 75 octets, as RFC 5545 3.1 asks. ical4j folds at 75 characters, so a line
 * with å, ä or ö (two octets each in UTF-8) came out longer; this unfolds its output and folds it
 * again by octets, never inside a character.
 */
final class OctetFolding {
    private static final int LIMIT = 75;

    private OctetFolding() {
    }

    /** {@code calendar}'s content lines, unfolded and folded again into pieces of at most 75 octets. */
    static String fold(String calendar) {
        StringBuilder folded = new StringBuilder(calendar.length() + 64);
        for (String line : calendar.replace("\r\n ", "").split("\r\n")) {
            int octets = 0;
            for (int i = 0; i < line.length(); ) {
                int codePoint = line.codePointAt(i);
                int size = utf8Length(codePoint);
                if (octets + size > LIMIT) {
                    folded.append("\r\n ");
                    octets = 1; // the space that starts a continuation line counts
                }
                folded.appendCodePoint(codePoint);
                octets += size;
                i += Character.charCount(codePoint);
            }
            folded.append("\r\n");
        }
        return folded.toString();
    }

    private static int utf8Length(int codePoint) {
        return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
    }
}
