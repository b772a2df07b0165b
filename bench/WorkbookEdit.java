import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Changes the name of the first asset in a register workbook, as an ISAM would in Excel (for bench/workbook.sh). */
public class WorkbookEdit {
    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook book = new XSSFWorkbook(in)) {
            book.getSheet("Tillgångar").getRow(1).getCell(1).setCellValue("Ändrad i Excel");
            try (OutputStream out = Files.newOutputStream(file)) {
                book.write(out);
            }
        }
    }
}
