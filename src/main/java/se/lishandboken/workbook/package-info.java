/**
 * The register as one Excel workbook: a sheet per kind of record, with Swedish headers, dropdowns
 * and a read-me sheet ({@code lis export}). Written with Apache POI. {@link se.lishandboken.workbook.WorkbookReader}
 * reads an .xlsx workbook's cells back, streaming, for {@code lis import}.
 */
package se.lishandboken.workbook;
