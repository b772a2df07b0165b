package se.lishandboken.workbook;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.lishandboken.config.ClassificationScale;
import se.lishandboken.files.AtomicWrite;
import se.lishandboken.problem.BuildFailedException;
import se.lishandboken.register.Visibility;

/**
 * Writes a register to one Excel workbook: a read-me sheet ("Läs mig"), then a sheet per kind of record
 * and per list in a record, with Swedish headers and dropdowns, then the hidden sheet of the dropdowns'
 * values. The intranet edition leaves out what only management may see.
 */
public final class RegisterWorkbook {
    /** The workbook's custom property that says which edition it is, so that import knows what was left out. */
    static final String EDITION_PROPERTY = "lis-edition";
    /**
     * The custom property that holds a digest of each data file as it was exported, so that import can tell
     * a file changed since: the workbook would undo that change.
     */
    static final String DATA_PROPERTY = "lis-data";

    private RegisterWorkbook() {
    }

    /** The data files the workbook has sheets for, e.g. {@code assets.json}. */
    public static List<String> fileNames(ClassificationScale scale) {
        Set<String> names = new LinkedHashSet<>();
        SheetSpecs.all(scale).forEach(spec -> names.add(spec.file()));
        return List.copyOf(names);
    }

    /** The data sheets of {@code trees} in {@code edition}, in the workbook's order. */
    public static List<SheetData> sheets(RegisterTrees trees, ClassificationScale scale, Visibility edition) {
        SheetRows rows = new SheetRows(trees, edition == Visibility.LEDNING ? Set.of() : trees.managementOnlyIds());
        List<SheetData> sheets = SheetSpecs.all(scale).stream().map(rows::of).toList();
        if (!rows.problems().isEmpty()) {
            throw new BuildFailedException(rows.problems());
        }
        return sheets;
    }

    /**
     * Writes {@code trees} to {@code target}, replacing it.
     *
     * @throws BuildFailedException if a value does not fit in a cell; nothing is written
     * @throws UncheckedIOException if the file cannot be written
     */
    public static Path write(RegisterTrees trees, ClassificationScale scale, Visibility edition, Path target) {
        List<SheetSpec> specs = SheetSpecs.all(scale);
        List<String> readMe = new ArrayList<>(List.of(WorkbookText.get("readme.title"),
                WorkbookText.get("readme.edition." + edition.dataName()), "", WorkbookText.get("readme.sheets")));
        specs.forEach(spec -> readMe.add(spec.name() + ": " + WorkbookText.get(spec.key() + ".about")));
        readMe.addAll(List.of("", WorkbookText.get("readme.dropdowns"), WorkbookText.get("readme.values"),
                WorkbookText.get("readme.derived"), WorkbookText.get("readme.import"), "",
                // Also here, for a tool that drops the document properties: import reads it back from this line.
                WorkbookText.get("readme.data") + " " + DataDigests.of(trees)));
        try {
            Path parent = target.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            // A failed export leaves the earlier workbook as it was.
            Map<String, String> properties = new LinkedHashMap<>();
            properties.put(EDITION_PROPERTY, edition.dataName());
            properties.put(DATA_PROPERTY, DataDigests.of(trees).toString());
            List<SheetData> data = sheets(trees, scale, edition);
            AtomicWrite.write(target, out -> WorkbookWriter.write(readMe, data, Choices.of(trees, scale), properties, out));
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the workbook " + target + ": " + e.getMessage(), e);
        }
    }
}
