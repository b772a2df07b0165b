package se.lishandboken.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import se.lishandboken.problem.Problem;
import se.lishandboken.problem.ProblemText;

/**
 * The rule every text file of a handbook follows (pages, the files they include, the register's JSON):
 * it is UTF-8, and it holds no control characters but tab, line feed, carriage return and form feed. A
 * page saved as Latin-1 (Windows-1252) or UTF-16, or a binary file saved under a page's name, is reported
 * at its file and the line of the first offending byte, instead of failing deep inside a reader.
 */
public final class TextEncoding {
    private TextEncoding() {
    }

    /**
     * The problem with the text file {@code file}, if it breaks the rule.
     *
     * @param shown the file as messages name it, relative to the site folder
     * @return the problem; empty if the file is UTF-8 text
     * @throws UncheckedIOException if the file cannot be read
     */
    public static Optional<Problem> problem(Path file, Path shown) {
        try {
            return problem(Files.readAllBytes(file), shown);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The problem with {@code bytes} as the contents of the text file {@code shown}; empty if they are UTF-8 text. */
    public static Optional<Problem> problem(byte[] bytes, Path shown) {
        if (bytes.length >= 2 && (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE || bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)) {
            return Optional.of(ProblemText.error(shown, 1, "file.utf16"));
        }
        for (int offset = 0; offset < bytes.length; offset++) {
            if (isBinary(bytes[offset])) {
                return Optional.of(ProblemText.error(shown, lineAt(bytes, offset), "file.binary", hex(bytes[offset])));
            }
        }
        int bad = firstMalformed(bytes);
        if (bad >= 0) {
            return Optional.of(ProblemText.error(shown, lineAt(bytes, bad), "file.not-utf8", hex(bytes[bad])));
        }
        return Optional.empty();
    }

    private static boolean isBinary(byte b) {
        return b >= 0 && b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' || b == 0x7F;
    }

    /** The offset of the first byte that does not start a well-formed UTF-8 character; -1 if there is none. */
    private static int firstMalformed(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(Math.max(16, Math.min(bytes.length, 1 << 16)));
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isError()) {
                return in.position();
            }
            if (result.isUnderflow()) {
                result = decoder.flush(out);
                return result.isError() ? in.position() : -1;
            }
            out.clear(); // overflow: only the errors matter, not the characters
        }
    }

    private static int lineAt(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    private static String hex(byte b) {
        return String.format("0x%02X", b & 0xFF);
    }
}
