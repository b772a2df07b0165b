package se.lishandboken.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A CSV file that Swedish Excel opens correctly: UTF-8 with a byte-order mark, semicolons between
 * fields and CRLF line ends, with text a spreadsheet would run as a formula defused.
 */
final class ExcelCsv {
    private static final String BOM = "\uFEFF";

    private ExcelCsv() {
    }

    /** Writes {@code header} and then each of {@code rows} to {@code file}; the rows are made one at a time, as they are written. */
    static void write(Path file, List<String> header, Stream<List<String>> rows) {
        StringBuilder csv = new StringBuilder(BOM);
        line(csv, header);
        rows.forEach(row -> line(csv, row));
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, csv, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void line(StringBuilder csv, List<String> fields) {
        csv.append(fields.stream().map(ExcelCsv::field).collect(Collectors.joining(";"))).append("\r\n");
    }

    /** Quotes where needed, and defuses text a spreadsheet would run as a formula. */
    static String field(String value) {
        String text = value;
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.contains(";") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            text = "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
