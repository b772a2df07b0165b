package se.lishandboken.register;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import se.lishandboken.problem.ProblemLog;

/**
 * Reads the control catalogues: those shipped in {@code lis/frameworks/}, then the site's own in
 * {@code data/frameworks/}; a site catalogue with a shipped one's name replaces it (e.g. with Swedish titles).
 */
final class FrameworkCatalogues {
    /** The catalogues shipped with lis. */
    private static final List<String> SHIPPED = List.of("lis/frameworks/iso27001-2022.json");

    private FrameworkCatalogues() {
    }

    /** The shipped catalogues. */
    static Frameworks shipped() {
        ObjectMapper mapper = new ObjectMapper();
        List<Framework> frameworks = new ArrayList<>();
        for (String resource : SHIPPED) {
            try (InputStream in = FrameworkCatalogues.class.getClassLoader().getResourceAsStream(resource)) {
                frameworks.add(framework(mapper.readTree(in), mapper));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new Frameworks(frameworks);
    }

    /** The shipped catalogues, replaced or joined by the site's. */
    static Frameworks of(List<DataFile> siteFiles, ObjectMapper mapper, ProblemLog problems) {
        if (siteFiles.isEmpty()) {
            return Frameworks.shipped();
        }
        List<Framework> frameworks = new ArrayList<>(Frameworks.shipped().all());
        for (DataFile file : siteFiles) {
            try {
                Framework own = framework(file.root(), mapper);
                frameworks.removeIf(shipped -> shipped.framework().equals(own.framework()));
                frameworks.add(own);
            } catch (IOException e) {
                problems.add(file.error("", "data.binding", e.getMessage()));
            }
        }
        return new Frameworks(frameworks);
    }

    private static Framework framework(JsonNode root, ObjectMapper mapper) throws IOException {
        List<CatalogueControl> controls = mapper.readerFor(DataKind.FRAMEWORK.elementType()).readValue(root.path("controls"));
        return new Framework(root.path("framework").asText(), text(root, "title"), text(root, "version"), controls);
    }

    private static String text(JsonNode root, String name) {
        return root.path(name).isTextual() ? root.path(name).asText() : null;
    }
}
