/**
 * The register as one Excel workbook: a sheet per kind of record, with Swedish headers, dropdowns
 * and a read-me sheet ({@code lis export}). Written with Apache POI.
 */
package se.lishandboken.workbook;
