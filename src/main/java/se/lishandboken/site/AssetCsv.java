package se.lishandboken.site;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import se.lishandboken.register.Asset;
import se.lishandboken.register.Classification;
import se.lishandboken.view.RegisterView;

/** The asset register as a CSV file for Excel ({@link ExcelCsv}). */
final class AssetCsv {
    private static final String[] COLUMNS = {"id", "name", "owner", "administrator", "unit", "system", "supplier",
        "personal-data", "classification", "classified", "reclassification-due"};

    private AssetCsv() {
    }

    static void write(RegisterView view, ResourceBundle ui, Path file) {
        List<String> header = new ArrayList<>();
        for (String column : COLUMNS) {
            header.add(ui.getString("csv." + column));
        }
        ExcelCsv.write(file, header, view.assets().stream().map(asset -> row(view, ui, asset)));
    }

    private static List<String> row(RegisterView view, ResourceBundle ui, Asset asset) {
        Classification classification = view.classification(asset);
        return List.of(asset.id(), asset.name(), view.roleName(asset.owner()), view.roleName(asset.administrator()),
                asset.unit() == null ? "" : view.unitName(asset.unit()), nullToEmpty(asset.system()),
                nullToEmpty(asset.supplier()), ui.getString(asset.personalData() ? "yes" : "no"),
                classification == null ? "" : view.summary(classification),
                classification == null ? "" : classification.date().toString(),
                view.dueDate(asset) == null ? "" : view.dueDate(asset).toString());
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
