package se.lishandboken.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import se.lishandboken.view.SoaView;

/** The Statement of Applicability as a CSV file beside its page, in the form of {@link AssetCsv}. */
final class SoaCsv {
    private static final String BOM = "\uFEFF";
    private static final String[] COLUMNS = {"framework", "control", "title", "applicable", "status", "status-date", "responsible",
        "justification", "justification-date", "sections"};

    private SoaCsv() {
    }

    static void write(SoaView soa, ResourceBundle ui, Path file) {
        StringBuilder csv = new StringBuilder(BOM);
        List<String> header = new ArrayList<>();
        for (String column : COLUMNS) {
            header.add(ui.getString("csv.soa." + column));
        }
        line(csv, header);
        for (SoaView.Row row : soa.rows()) {
            var control = row.control();
            line(csv, List.of(row.framework(), control.id(), row.title(), ui.getString(control.applicable() ? "yes" : "no"),
                    ui.getString(row.statusKey()), row.statusDate() == null ? "" : row.statusDate().toString(),
                    row.responsible() == null ? "" : row.responsible(),
                    control.justification() == null ? "" : control.justification().text(),
                    control.justification() == null || control.justification().date() == null ? "" : control.justification().date().toString(),
                    row.sections().stream().map(section -> section.href()).collect(Collectors.joining(" "))));
        }
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, csv, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void line(StringBuilder csv, List<String> fields) {
        csv.append(fields.stream().map(AssetCsv::field).collect(Collectors.joining(";"))).append("\r\n");
    }
}
