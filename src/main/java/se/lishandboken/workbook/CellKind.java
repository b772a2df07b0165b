package se.lishandboken.workbook;

/** What kind of value a cell read from a workbook holds. */
public enum CellKind {
    TEXT, NUMBER, DATE, BOOLEAN, FORMULA, ERROR
}
