package se.lishandboken.workbook;

import static se.lishandboken.workbook.Sheets.joined;
import static se.lishandboken.workbook.Sheets.row;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import se.lishandboken.config.ClassificationScale;
import se.lishandboken.register.Asset;
import se.lishandboken.register.Classification;
import se.lishandboken.register.Organisation;
import se.lishandboken.register.Process;
import se.lishandboken.register.ProcessingRecord;
import se.lishandboken.register.Processor;

/** The sheets of what the organisation has: assets and their classifications, processes, processing, roles and units. */
final class RegisterSheets {
    private RegisterSheets() {
    }

    static SheetData assets(List<Asset> assets) {
        return Sheets.of("assets", Map.of(2, Choice.ROLES, 3, Choice.ROLES), assets.stream().map(a -> row(a.id(), a.name(),
                a.owner(), a.administrator(), a.unit(), joined(a.processes()), a.system(), a.supplier(), a.personalData(),
                joined(a.processingRecords()), a.reclassificationMonths(), a.recorded(), a.description(),
                a.visibility().dataName())).toList());
    }

    /** One row per classification in each asset's history; a column per aspect of the scale. */
    static SheetData classifications(List<Asset> assets, ClassificationScale scale) {
        List<String> aspects = List.copyOf(scale.aspects().keySet());
        List<Column> columns = new ArrayList<>();
        List<String> headers = WorkbookText.headers("classifications");
        columns.add(Column.text(headers.get(0)));
        columns.add(Column.text(headers.get(1)));
        for (String aspect : aspects) {
            columns.add(new Column(scale.aspects().get(aspect) + " (" + aspect + ")", Choice.LEVELS));
        }
        columns.add(new Column(headers.get(2), Choice.ROLES));
        columns.add(Column.text(headers.get(3)));
        columns.add(Column.text(headers.get(4)));
        List<List<Object>> rows = new ArrayList<>();
        for (Asset asset : assets) {
            for (Classification c : asset.classifications()) {
                List<Object> row = new ArrayList<>(List.of(asset.id()));
                row.add(c.date());
                aspects.forEach(aspect -> row.add(c.levels().get(aspect)));
                row.addAll(row(c.classifiedBy(), c.method(), c.note()));
                rows.add(row);
            }
        }
        return new SheetData(WorkbookText.get("classifications.name"), columns, rows);
    }

    static SheetData processes(List<Process> processes) {
        return Sheets.of("processes", Map.of(2, Choice.ROLES), processes.stream().map(p -> row(p.id(), p.name(), p.owner(),
                joined(p.assets()), p.recorded(), p.description(), p.visibility().dataName())).toList());
    }

    static SheetData processing(List<ProcessingRecord> records) {
        return Sheets.of("processing", Map.of(), records.stream().map(r -> row(r.id(), r.name(), r.purpose(), r.legalBasis(),
                joined(r.dataSubjects()), joined(r.dataCategories()), joined(r.recipients()), r.thirdCountryTransfers(), r.erasure(),
                r.securityMeasures(), r.process(), r.updated(), r.recorded(), r.visibility().dataName())).toList());
    }

    /** One row per processor of each processing activity. */
    static SheetData processors(List<ProcessingRecord> records) {
        List<List<Object>> rows = new ArrayList<>();
        for (ProcessingRecord record : records) {
            for (Processor p : record.processors()) {
                rows.add(row(record.id(), p.name(), p.agreement() == null ? null : JsonNames.of(p.agreement().status()),
                        p.agreement() == null ? null : p.agreement().date(), p.recorded()));
            }
        }
        return Sheets.of("processors", Map.of(), rows);
    }

    static SheetData roles(Organisation organisation) {
        return Sheets.of("roles", Map.of(), organisation.roles().stream().map(r -> row(r.id(), r.name(), r.unit(),
                r.description())).toList());
    }

    static SheetData units(Organisation organisation) {
        return Sheets.of("units", Map.of(), organisation.units().stream().map(u -> row(u.id(), u.name(), u.employees())).toList());
    }
}
