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
import se.lishandboken.register.Asset;
import se.lishandboken.register.Classification;
import se.lishandboken.view.RegisterView;

/**
 * The asset register as a CSV file that Swedish Excel opens correctly: UTF-8 with a byte-order mark,
 * semicolons between fields and CRLF line ends.
 */
final class AssetCsv {
    private static final String BOM = "\uFEFF";
    private static final String[] COLUMNS = {"id", "name", "owner", "administrator", "unit", "system", "supplier",
        "personal-data", "classification", "classified", "reclassification-due"};

    private AssetCsv() {
    }

    static void write(RegisterView view, ResourceBundle ui, Path file) {
        StringBuilder csv = new StringBuilder(BOM);
        List<String> header = new ArrayList<>();
        for (String column : COLUMNS) {
            header.add(ui.getString("csv." + column));
        }
        line(csv, header);
        for (Asset asset : view.assets()) {
            Classification classification = view.classification(asset);
            line(csv, List.of(asset.id(), asset.name(), view.roleName(asset.owner()), view.roleName(asset.administrator()),
                    asset.unit() == null ? "" : view.unitName(asset.unit()), nullToEmpty(asset.system()),
                    nullToEmpty(asset.supplier()), ui.getString(asset.personalData() ? "yes" : "no"),
                    classification == null ? "" : view.summary(classification),
                    classification == null ? "" : classification.date().toString(),
                    view.dueDate(asset) == null ? "" : view.dueDate(asset).toString()));
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

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
