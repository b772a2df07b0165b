package se.lishandboken.workbook;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import se.lishandboken.config.ClassificationScale;
import se.lishandboken.register.Register;

/**
 * Writes a register to one Excel workbook: a read-me sheet ("Läs mig"), then a sheet per kind of
 * record, with Swedish headers and dropdowns for roles, statuses and classification levels. Which
 * records it holds is the caller's choice: pass {@link Register#forIntranet()} for the intranet edition.
 */
public final class RegisterWorkbook {
    private RegisterWorkbook() {
    }

    /** The data sheets of {@code register}, in the workbook's order. */
    public static List<SheetData> sheets(Register register, ClassificationScale scale) {
        return List.of(
                RegisterSheets.assets(register.assets()),
                RegisterSheets.classifications(register.assets(), scale),
                RegisterSheets.processes(register.processes()),
                RegisterSheets.processing(register.records()),
                RegisterSheets.processors(register.records()),
                PlanSheets.actions(register.actions()),
                PlanSheets.actionHistory(register.actions()),
                PlanSheets.findings(register.findings()),
                PlanSheets.risks(register.risks()),
                PlanSheets.metrics(register.metrics()),
                PlanSheets.cycle(register.cycle()),
                RegisterSheets.roles(register.organisation()),
                RegisterSheets.units(register.organisation()));
    }

    /**
     * Writes {@code register} to {@code target}, replacing it.
     *
     * @param management whether the register is the management edition (the read-me says which)
     * @throws UncheckedIOException if the file cannot be written
     */
    public static Path write(Register register, ClassificationScale scale, boolean management, Path target) {
        List<SheetData> sheets = sheets(register, scale);
        List<String> readMe = new ArrayList<>(List.of(WorkbookText.get("readme.title"),
                WorkbookText.get(management ? "readme.edition.ledning" : "readme.edition.intranet"), "",
                WorkbookText.get("readme.sheets")));
        for (String key : List.of("assets", "classifications", "processes", "processing", "processors", "actions",
                "action-history", "findings", "risks", "metrics", "cycle", "roles", "units")) {
            readMe.add(WorkbookText.get(key + ".name") + ": " + WorkbookText.get(key + ".about"));
        }
        readMe.addAll(List.of("", WorkbookText.get("readme.dropdowns"), WorkbookText.get("readme.values"),
                WorkbookText.get("readme.import")));
        try {
            Path parent = target.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            try (OutputStream out = Files.newOutputStream(target)) {
                WorkbookWriter.write(readMe, sheets, Choices.of(register.organisation(), scale), out);
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the workbook " + target + ": " + e.getMessage(), e);
        }
    }
}
