import java.io.File;
import org.jbake.app.Oven;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;

/**
 * The reference a JBake user would start from: plain JBake 2.7.0 (its own AsciiDoc and Freemarker
 * engines, in-memory content store) with the minimal templates in bench/jbake-plain. Usage, with
 * only JBake's jars on the class path (not lis.jar, which replaces the engines; not target/lib, which
 * lacks JBake's OrientDB content store):
 * mvn -q -f bench/plain-jbake.pom.xml dependency:build-classpath -Dmdep.outputFile=jbake.classpath
 * java -cp "$(cat jbake.classpath)" bench/PlainJBake.java SOURCE_DIR OUTPUT_DIR
 */
public class PlainJBake {
    public static void main(String[] args) throws Exception {
        JBakeConfiguration config = new JBakeConfigurationFactory()
                .createDefaultJbakeConfiguration(new File(args[0]), new File(args[1]), true);
        Oven oven = new Oven(config);
        oven.bake();
        if (!oven.getErrors().isEmpty()) {
            System.err.println(oven.getErrors().size() + " errors, first: " + oven.getErrors().get(0));
            System.exit(1);
        }
    }
}
