package se.lishandboken.register;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.networknt.schema.InputFormat;
import com.networknt.schema.serialization.JsonNodeReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import se.lishandboken.config.SiteConfig;
import se.lishandboken.files.ProjectBoundary;
import se.lishandboken.files.TextEncoding;
import se.lishandboken.problem.BuildFailedException;
import se.lishandboken.problem.Excerpt;
import se.lishandboken.problem.Problem;
import se.lishandboken.problem.ProblemLog;
import se.lishandboken.problem.ProblemText;
import se.lishandboken.problem.WorkingOn;

/** Reads, validates and cross-checks the register in {@code data/}. */
public final class RegisterLoader {
    /** Location-aware, and strict about a key written twice in one object (the last would silently win). */
    private static final JsonNodeReader READER = JsonNodeReader.builder()
            .jsonMapper(new ObjectMapper().enable(com.fasterxml.jackson.core.JsonParser.Feature.STRICT_DUPLICATE_DETECTION))
            .locationAware()
            .build();
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private RegisterLoader() {
    }

    /**
     * Loads the register of the site, as of {@code today} (dates after it are errors).
     *
     * @return the register and any warnings; an empty register if the site has no data folder
     * @throws BuildFailedException with every problem found, if any is an error
     */
    public static LoadedRegister load(SiteConfig config, LocalDate today) {
        return load(config, today, Map.of());
    }

    /**
     * Loads the register as it would be if the files named in {@code replacing} (e.g. {@code assets.json})
     * held the given bytes instead: the same checks as a build, on data not yet written ({@code lis import}).
     * A problem in a replaced file has its JSON pointer but no line, since the file is not yet on disk.
     *
     * @param replacing the new content by file name in {@code data/}; a name that is not on disk is added
     */
    public static LoadedRegister load(SiteConfig config, LocalDate today, Map<String, byte[]> replacing) {
        Path dataDir = config.dataDir();
        if (!Files.isDirectory(dataDir) && replacing.isEmpty()) {
            return new LoadedRegister(Register.EMPTY, List.of());
        }
        ProblemLog problems = new ProblemLog();
        Map<DataKind, DataFile> files = new EnumMap<>(DataKind.class);
        ProjectBoundary project = ProjectBoundary.of(config.siteDir());
        for (Path path : jsonFiles(dataDir, replacing.keySet())) {
            Path shown = config.relative(path);
            byte[] replaced = replacing.get(path.getFileName().toString());
            java.util.Optional<Problem> outside = replaced != null ? java.util.Optional.empty() : project.check(path, shown);
            if (outside.isPresent()) {
                problems.add(outside.get());
                continue;
            }
            DataKind kind = DataKind.ofFileName(path.getFileName().toString());
            if (kind == null) {
                problems.add(ProblemText.warning(shown, 0, "data.file.unknown", path.getFileName(), knownFiles()));
                continue;
            }
            DataFile file = WorkingOn.on(shown, () -> replaced != null ? parse(kind, replaced, shown)
                    : parse(kind, path, shown, problems));
            if (file != null) {
                files.put(kind, file);
                problems.addAll(SchemaCheck.check(file));
                if (!kind.schemaReference().equals(file.root().path("$schema").asText())) {
                    problems.add(file.warning("", "data.schema.reference", kind.schemaReference()));
                }
            }
        }
        List<DataFile> frameworkFiles = frameworkFiles(dataDir.resolve(FRAMEWORKS_FOLDER), config, project, problems);
        problems.throwIfErrors();
        Register register = bind(files, problems);
        Frameworks frameworks = FrameworkCatalogues.of(frameworkFiles, MAPPER, problems);
        problems.throwIfErrors();
        register = withControls(register, frameworks);
        problems.addAll(new CrossReferenceCheck(register, files, config.classification(), config.riskLevels(), today,
                config.contentDir()).run());
        if (files.containsKey(DataKind.CONTROLS)) {
            problems.addAll(new ControlCheck(register, files.get(DataKind.CONTROLS), today, config.soaReviewMonths()).run());
        }
        problems.throwIfErrors();
        return new LoadedRegister(register, problems.warnings());
    }

    /** The folder in {@code data/} that holds the site's own framework catalogues. */
    static final String FRAMEWORKS_FOLDER = "frameworks";

    private static Register withControls(Register r, Frameworks frameworks) {
        return new Register(r.organisation(), r.assets(), r.processes(), r.records(), r.actions(), r.findings(), r.risks(),
                r.metrics(), r.cycle(), r.decisions(), r.controls(), frameworks);
    }

    /** The site's framework catalogues, parsed and checked against their schema. */
    private static List<DataFile> frameworkFiles(Path folder, SiteConfig config, ProjectBoundary project, ProblemLog problems) {
        List<DataFile> parsed = new java.util.ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return parsed;
        }
        for (Path path : jsonFiles(folder)) {
            Path shown = config.relative(path);
            java.util.Optional<Problem> outside = project.check(path, shown);
            if (outside.isPresent()) {
                problems.add(outside.get());
                continue;
            }
            DataFile file = WorkingOn.on(shown, () -> parse(DataKind.FRAMEWORK, path, shown, problems));
            if (file != null) {
                parsed.add(file);
                problems.addAll(SchemaCheck.check(file));
            }
        }
        return parsed;
    }

    private static DataFile parse(DataKind kind, Path path, Path shown, ProblemLog problems) {
        java.util.Optional<Problem> unreadable = TextEncoding.problem(path, shown).or(() -> JsonNesting.problem(path, shown));
        if (unreadable.isPresent()) {
            problems.add(unreadable.get());
            return null;
        }
        try (InputStream in = Files.newInputStream(path)) {
            if (Files.size(path) == 0 || Files.readString(path, java.nio.charset.StandardCharsets.ISO_8859_1).isBlank()) {
                problems.add(ProblemText.error(shown, 0, "data.file.empty", kind.schemaReference()));
                return null;
            }
            return new DataFile(kind, shown, READER.readTree(in, InputFormat.JSON));
        } catch (IOException | IllegalArgumentException e) {
            // The location-aware reader wraps Jackson's parse error in an IllegalArgumentException.
            JsonProcessingException parse = parseErrorIn(e);
            if (parse == null) {
                throw e instanceof IOException io ? new UncheckedIOException(io) : (IllegalArgumentException) e;
            }
            // Bytes that are not UTF-8 never get here: TextEncoding has refused the file.
            Problem text = ProblemText.error(shown, 0, "data.json.malformed", Excerpt.inParserMessage(parse.getOriginalMessage()));
            problems.add(new Problem(se.lishandboken.problem.Severity.ERROR, shown,
                    parse.getLocation() == null ? 0 : parse.getLocation().getLineNr(),
                    parse.getLocation() == null ? 0 : parse.getLocation().getColumnNr(), null, text.message(), text.hint()));
            return null;
        }
    }

    /** Content the caller made from a valid tree, so it needs none of the checks of a file written by hand. */
    private static DataFile parse(DataKind kind, byte[] content, Path shown) {
        try (InputStream in = new java.io.ByteArrayInputStream(content)) {
            return new DataFile(kind, shown, READER.readTree(in, InputFormat.JSON));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonProcessingException parseErrorIn(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof JsonProcessingException parse) {
                return parse;
            }
        }
        return null;
    }

    @SuppressWarnings("unchecked")
    private static Register bind(Map<DataKind, DataFile> files, ProblemLog problems) {
        Map<DataKind, List<?>> records = new EnumMap<>(DataKind.class);
        Organisation organisation = Organisation.EMPTY;
        Cycle cycle = Cycle.EMPTY;
        for (DataFile file : files.values()) {
            try {
                if (file.kind() == DataKind.ORGANISATION) {
                    organisation = new Organisation(
                            MAPPER.readerFor(new com.fasterxml.jackson.core.type.TypeReference<List<Role>>() { }).readValue(file.root().path("roles")),
                            MAPPER.readerFor(new com.fasterxml.jackson.core.type.TypeReference<List<Unit>>() { }).readValue(file.root().path("units")));
                } else if (file.kind() == DataKind.CYCLE) {
                    JsonNode startYear = file.root().path("startYear");
                    JsonNode established = file.root().path("established");
                    cycle = new Cycle(startYear.isInt() ? startYear.asInt() : null,
                            established.isTextual() ? LocalDate.parse(established.asText()) : null,
                            MAPPER.readerFor(file.kind().elementType()).readValue(file.root().path("activities")));
                } else {
                    JsonNode array = file.root().path(file.kind().arrayName());
                    records.put(file.kind(), MAPPER.readerFor(file.kind().elementType()).readValue(array));
                }
            } catch (MismatchedInputException e) {
                String pointer = "/" + (file.kind().arrayName() == null ? "" : file.kind().arrayName()) + pointerOf(e);
                problems.add(file.error(pointer, "data.binding", e.getOriginalMessage()));
            } catch (IOException e) {
                problems.add(file.error("", "data.binding", e.getMessage()));
            }
        }
        return new Register(organisation,
                (List<Asset>) records.getOrDefault(DataKind.ASSETS, List.of()),
                (List<Process>) records.getOrDefault(DataKind.PROCESSES, List.of()),
                (List<ProcessingRecord>) records.getOrDefault(DataKind.PROCESSING, List.of()),
                (List<Action>) records.getOrDefault(DataKind.ACTIONS, List.of()),
                (List<Finding>) records.getOrDefault(DataKind.FINDINGS, List.of()),
                (List<Risk>) records.getOrDefault(DataKind.RISKS, List.of()),
                (List<YearMetrics>) records.getOrDefault(DataKind.METRICS, List.of()),
                cycle,
                (List<Decision>) records.getOrDefault(DataKind.DECISIONS, List.of()),
                (List<Control>) records.getOrDefault(DataKind.CONTROLS, List.of()), Frameworks.EMPTY);
    }

    private static String pointerOf(MismatchedInputException e) {
        StringBuilder pointer = new StringBuilder();
        for (var reference : e.getPath()) {
            pointer.append('/').append(reference.getFieldName() != null ? reference.getFieldName() : String.valueOf(reference.getIndex()));
        }
        return pointer.toString();
    }

    private static List<Path> jsonFiles(Path dataDir) {
        return jsonFiles(dataDir, java.util.Set.of());
    }

    /** The JSON files in {@code dataDir}, and the files named {@code adding} whether or not they are there yet. */
    private static List<Path> jsonFiles(Path dataDir, java.util.Set<String> adding) {
        if (!Files.isDirectory(dataDir)) {
            return adding.stream().sorted().map(dataDir::resolve).toList();
        }
        try (Stream<Path> files = Files.list(dataDir)) {
            return Stream.concat(files.filter(f -> f.getFileName().toString().endsWith(".json") && Files.isRegularFile(f)),
                    adding.stream().map(dataDir::resolve)).distinct().sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String knownFiles() {
        return String.join(", ", Stream.of(DataKind.values()).filter(kind -> kind != DataKind.FRAMEWORK).map(DataKind::fileName).toList());
    }
}
