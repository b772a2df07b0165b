package se.lishandboken.site;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import se.lishandboken.view.SoaView;

/** The Statement of Applicability as a CSV file for Excel ({@link ExcelCsv}) beside its page. */
final class SoaCsv {
    private static final String[] COLUMNS = {"framework", "control", "title", "applicable", "status", "status-date", "responsible",
        "justification", "justification-date", "sections"};

    private SoaCsv() {
    }

    static void write(SoaView soa, ResourceBundle ui, Path file) {
        List<String> header = new ArrayList<>();
        for (String column : COLUMNS) {
            header.add(ui.getString("csv.soa." + column));
        }
        ExcelCsv.write(file, header, soa.rows().stream().map(row -> row(ui, row)));
    }

    private static List<String> row(ResourceBundle ui, SoaView.Row row) {
        var control = row.control();
        return List.of(row.framework(), control.id(), row.title(), ui.getString(control.applicable() ? "yes" : "no"),
                ui.getString(row.statusKey()), row.statusDate() == null ? "" : row.statusDate().toString(),
                row.responsible() == null ? "" : row.responsible(),
                control.justification() == null ? "" : control.justification().text(),
                control.justification() == null || control.justification().date() == null ? "" : control.justification().date().toString(),
                row.sections().stream().map(section -> section.href()).collect(Collectors.joining(" ")));
    }
}
