package se.lishandboken.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import se.lishandboken.cli.ExitCodes;
import se.lishandboken.testsupport.FixtureSite;
import se.lishandboken.testsupport.LisCommand;

/**
 * {@code lis check} is the build without rendering: for every kind of bad input (and for good input)
 * it exits as {@code lis build} does and reports the same errors, each at the same file and line in
 * the same words; where both pass, they give the same warnings.
 */
class CheckAgreesWithBuildTest {
    private static final String REVIEW_TYPE = FixtureSite.PROPERTIES + "template.review.file=review.ftlh\n";
    /** The header of a review page, with its status to fill in. */
    private static final String REVIEW_HEADER = "= Ledningens genomgång 2025\n:jbake-type: review\n:review-year: 2025\n"
            + ":review-date: 2025-02-26\n:review-status: %s\n\n";

    @TempDir
    Path temp;

    /**
     * A small site that is wrong in one way.
     *
     * @param exit the exit both commands must give
     * @param expected a message both must report (an error of a failing site, or a warning of a passing one), so the
     *     fixture cannot pass by being right; null for a site that passes without one
     * @param setup what the site holds besides the start page, the search page and the register
     */
    record Fixture(int exit, String expected, Consumer<FixtureSite> setup) {
    }

    static Stream<Named<Fixture>> sites() {
        return Stream.of(
                passes("pages that start with comments and attributes have their titles", site -> site
                        .page("rutiner/a.adoc", "// Ägs av ISAM.\n:nav-order: 2\n= Rutin A\n\nText.\n")
                        .page("rutiner/b.adoc", "////\nAnteckning.\n////\n\n= Rutin B\n\nText.\n")),
                fails("a .ad page with a broken link", "Trasig länk: 'saknas.html'", site -> site
                        .page("rutiner/steg.ad", "= Steg\n\nSe xref:saknas.adoc[den saknade sidan].\n")),
                fails("an xref to a .ad page by its file name, which Asciidoctor leaves as it is", "Trasig länk: 'steg.ad'", site -> site
                        .page("rutiner/steg.ad", "= Steg\n\nText.\n")
                        .page("rutiner/a.adoc", "= Rutin A\n\nSe xref:steg.ad[stegen].\n")),
                fails("a page name with a space", "Namnet 'min rutin.adoc'", site -> site
                        .page("rutiner/min rutin.adoc", "= Min rutin\n\nText.\n")),
                fails("a page name with å, ä and ö", "Namnet 'åtgärder.adoc'", site -> site
                        .page("rutiner/åtgärder.adoc", "= Åtgärder\n\nText.\n")),
                fails("a folder name with ö", "Namnet 'överlämning'", site -> site
                        .page("överlämning/index.adoc", "= Överlämning\n\nText.\n")),
                fails("a page name with å, ä and ö that another page links to, without a broken link to it", "Namnet 'åtgärder.adoc'", site -> site
                        .page("rutiner/åtgärder.adoc", "= Åtgärder\n\nText.\n")
                        .page("rutiner/a.adoc", "= Rutin A\n\nSe xref:åtgärder.adoc[åtgärderna] och <<åtgärder.adoc#,dem>>.\n")),
                fails("a page saved as Latin-1", "content/rutiner/a.adoc:3 Filen är inte UTF-8", site -> site
                        .bytes("content/rutiner/a.adoc", "= Rutin A\n\nÅtgärder för året.\n".getBytes(StandardCharsets.ISO_8859_1))),
                fails("a page with binary bytes", "content/rutiner/a.adoc:2 Filen innehåller binära tecken", site -> site
                        .bytes("content/rutiner/a.adoc", "= Rutin A\n\0\1\2".getBytes(StandardCharsets.US_ASCII))),
                fails("an included file saved as Latin-1", "partials/del.adoc:2 Filen är inte UTF-8", site -> site
                        .bytes("partials/del.adoc", "== Del\nÅtgärder.\n".getBytes(StandardCharsets.ISO_8859_1))
                        .page("rutiner/a.adoc", "= Rutin A\n\ninclude::partials/del.adoc[]\n")
                        .page("rutiner/b.adoc", "= Rutin B\n\ninclude::partials/del.adoc[]\n")),
                fails("a data file saved as Latin-1", "data/decisions.json:1 Filen är inte UTF-8", site -> site
                        .bytes("data/decisions.json", ("{\"$schema\": \"./schema/decisions.schema.json\", \"decisions\": [{\"id\": \"B1\", "
                                + "\"review\": 2025, \"date\": \"2025-02-26\", \"text\": \"Åtgärderna fastställs.\", \"decidedBy\": \"vd\"}]}\n")
                                .getBytes(StandardCharsets.ISO_8859_1))),
                fails("a site's own ui.properties saved as Latin-1", "ui.properties:2 Filen är inte UTF-8", site -> site
                        .bytes("ui.properties", "# Texter\nsearch.label=Sök\n".getBytes(StandardCharsets.ISO_8859_1))),
                fails("a data file nested 1,001 levels deep", "data/decisions.json:2 Hakparenteserna och klammerparenteserna är nästlade i mer än 1000 nivåer",
                        site -> site.file("data/decisions.json", "{\"$schema\": \"./schema/decisions.schema.json\",\n\"decisions\": "
                                + "[".repeat(1001) + "]".repeat(1001) + "}\n")),
                fails("two pages with the same address", "samma adress, rutiner/a.html", site -> site
                        .page("rutiner/a.adoc", "= Rutin A\n\nText.\n")
                        .page("rutiner/a.ad", "= Också rutin A\n\nText.\n")),
                fails("two pages whose addresses differ only in case", "skiljer sig från adressen till content/rutiner/Rutin.adoc bara i stora och små", site -> site
                        .page("rutiner/Rutin.adoc", "= Rutin\n\nText.\n")
                        .page("rutiner/rutin.adoc", "= Också rutin\n\nText.\n")),
                passes("a page name with capitals, linked to by an xref", site -> site
                        .page("rutiner/Ny-Rutin_2.adoc", "= Ny rutin\n\n[#steg]\n== Steg\n\nText.\n")
                        .page("rutiner/a.adoc", "= Rutin A\n\nSe xref:Ny-Rutin_2.adoc#steg[stegen] och <<Ny-Rutin_2.adoc#,rutinen>>.\n")),
                fails("a page name too long to publish", "tecken långt", site -> site
                        .page("rutiner/" + "r".repeat(120) + ".ad", "= Lång\n\nText.\n")),
                fails("a review without :review-date:", "Genomgången saknar :review-date:", site -> site
                        .file("jbake.properties", REVIEW_TYPE)
                        .page("granskning/2025.adoc", "= Ledningens genomgång 2025\n:jbake-type: review\n:review-year: 2025\n"
                                + ":review-status: utkast\n\n== 1 Åtgärder\n\nlis::review-plan[]\n")),
                fails("a review with a status that is neither draft nor approved", ":review-status: 'Fastställd'", site -> site
                        .file("jbake.properties", REVIEW_TYPE)
                        .page("granskning/2025.adoc", "= Ledningens genomgång 2025\n:jbake-type: review\n:review-year: 2025\n"
                                + ":review-date: 2025-02-26\n:review-status: Fastställd\n\nText.\n")),
                fails("a page status that is neither published nor draft", ":jbake-status: 'utkast'", site -> site
                        .page("rutiner/ny.adoc", "= Ny rutin\n:jbake-status: utkast\n\nText.\n")),
                fails("an unknown ISO code on a review's section", "Okänd punkt '9.3.2-x' i iso=", site -> site
                        .file("jbake.properties", REVIEW_TYPE)
                        .page("granskning/2025.adoc", REVIEW_HEADER.formatted("utkast")
                                + "[#omvarld,iso=\"9.3.2-b 9.3.2-x\"]\n== 1 Omvärld\n\nText.\n\n[#atgarder]\n== 2 Åtgärder\n\nlis::review-plan[]\n")),
                fails("an unknown ISO code on a section in an included file", "Okänd punkt '9.3.2-q' i iso=", site -> site
                        .file("jbake.properties", REVIEW_TYPE)
                        .file("partials/omvarld.adoc", "Inledning.\n\n[[omvarld]]\n[iso=9.3.2-q]\n=== 1.1 Omvärld\n\nText.\n")
                        .page("granskning/2025.adoc", REVIEW_HEADER.formatted("utkast")
                                + "== 1 Läget\n\ninclude::partials/omvarld.adoc[]\n")),
                fails("review sections with the ids of the template's own", "har id:t 'risker'", site -> site
                        .file("jbake.properties", REVIEW_TYPE)
                        .page("granskning/2025.adoc", REVIEW_HEADER.formatted("utkast")
                                + "[#risker,iso=\"9.3.2-b 9.3.2-c\"]\n== 1 Risker i år\n\nText.\n\n== Nyckeltal\n\nText.\n")),
                fails("an approved review that leaves inputs unanswered", "Inget avsnitt besvarar ISO/IEC 27001:2022 9.3.2 b)", site -> site
                        .file("jbake.properties", REVIEW_TYPE)
                        .page("granskning/2025.adoc", REVIEW_HEADER.formatted("fastställd") + "== 1 Sammanfattning\n\nText.\n")),
                fails("an approved review that still holds an example text", "content/granskning/2025.adoc:10 Genomgången är fastställd men har "
                        + "1 exempeltext kvar", site -> site
                        .file("jbake.properties", REVIEW_TYPE)
                        .page("granskning/2025.adoc", REVIEW_HEADER.formatted("fastställd") + "[#omvarld,iso=\"9.3.2-b 9.3.2-c\"]\n"
                                + "== 1 Omvärld\n\n[.exempeltext]\n====\nText.\n====\n\n[#atgarder]\n== 2 Åtgärder\n\nlis::review-plan[]\n")),
                fails("an approved review without a decision", "content/granskning/2025.adoc:5 Genomgången 2025 är fastställd men har inga beslut", site -> site
                        .file("jbake.properties", REVIEW_TYPE)
                        .file("data/decisions.json", "{\"$schema\": \"./schema/decisions.schema.json\", \"decisions\": []}\n")
                        .page("granskning/2025.adoc", REVIEW_HEADER.formatted("fastställd") + "[#omvarld,iso=\"9.3.2-b 9.3.2-c\"]\n"
                                + "== 1 Omvärld\n\nText.\n\n[#atgarder]\n== 2 Åtgärder\n\nlis::review-plan[]\n")),
                fails("a decision that names an unknown action", "data/decisions.json:1 Okänd åtgärd 'A-SAKNAS'", site -> site
                        .file("data/decisions.json", "{\"$schema\": \"./schema/decisions.schema.json\", \"decisions\": [{\"id\": \"B1\", "
                                + "\"review\": 2025, \"date\": \"2025-02-26\", \"text\": \"Planen fastställs.\", \"actions\": [\"A-SAKNAS\"], "
                                + "\"decidedBy\": \"vd\"}]}\n")),
                fails("a plan year's own heading for a year outside the plan", "'heading-2030' i lis::review-plan[] gäller inget av planens år", site -> site
                        .file("jbake.properties", REVIEW_TYPE)
                        .page("granskning/2025.adoc", REVIEW_HEADER.formatted("utkast")
                                + "[#atgarder]\n== 1 Åtgärder\n\nlis::review-plan[heading-2030=\"Under 2030\"]\n")),
                warns("a draft review without a decision, and a note to its author in its visible text",
                        "content/granskning/2025.adoc:5 Genomgången 2025 har inga beslut i data/decisions.json ännu.", site -> site
                        .file("jbake.properties", REVIEW_TYPE)
                        .file("data/decisions.json", "{\"$schema\": \"./schema/decisions.schema.json\", \"decisions\": []}\n")
                        .page("granskning/2025.adoc", REVIEW_HEADER.formatted("utkast") + "[#omvarld,iso=\"9.3.2-b 9.3.2-c\"]\n"
                                + "== 1 Omvärld\n\nText.\n\n[#atgarder]\n== 2 Åtgärder\n\nlis::review-plan[]\n\n"
                                + "När genomgången är fastställd, ändra `:review-status:` till fastställd.\n")),
                warns("a note to the author in a review's visible text", "content/granskning/2025.adoc:19 Synlig text nämner sidhuvudets attribut "
                        + ":review-status:", site -> site
                        .file("jbake.properties", REVIEW_TYPE)
                        .page("granskning/2025.adoc", REVIEW_HEADER.formatted("utkast") + "[#omvarld,iso=\"9.3.2-b 9.3.2-c\"]\n"
                                + "== 1 Omvärld\n\nText.\n\n[#atgarder]\n== 2 Åtgärder\n\nlis::review-plan[]\n\n"
                                + "// Ändra :review-status: när den är fastställd; en kommentar visas aldrig.\n\n"
                                + "När genomgången är fastställd, ändra `:review-status:` till fastställd.\n")),
                fails("bad lis:: blocks", "Okänt datablock 'lis::atgarder[]'", site -> site
                        .page("rutiner/data.adoc", "= Data\n\nlis::atgarder[]\n\nlis::actions[year=20x5]\n\n"
                                + "lis::assets[owner=okand-roll]\n\nlis::actions[yaer=2025]\n\nlis::review-plan[]\n")),
                fails("a register page with a second :jbake-type:", "anger :jbake-type: 2 gånger", site -> site
                        .withRegisterPages()
                        .page("register/tillgangar.adoc", "= Tillgångar\n:jbake-type: assets\n:jbake-type: page\n\nInledning.\n")),
                fails("a 300-character register id", "högst 64 tecken", site -> site
                        .withRegisterPages()
                        .replaceInData("assets.json", "\"T-ENKAT\"", "\"T-" + "E".repeat(298) + "\"")),
                fails("a broken xref", "Trasig länk: 'finns-inte.html'", site -> site
                        .page("rutiner/a.adoc", "= Rutin A\n\nSe xref:finns-inte.adoc[sidan].\n")),
                fails("broken anchors", "Trasigt ankare: 'b.html#saknas'", site -> site
                        .page("rutiner/a.adoc", "= Rutin A\n\n== Mål\n\nSe xref:b.adoc#saknas[avsnittet].\n\nOch <<inget-id>>.\n")
                        .page("rutiner/b.adoc", "= Rutin B\n\nText.\n")),
                fails("a missing image and link: target", "Trasig länk: 'bilder/saknas.png'", site -> site
                        .file("content/rutiner/bilder/finns.png", "png")
                        .page("rutiner/a.adoc", "= Rutin A\n:imagesdir: bilder\n\nimage::finns.png[Finns]\n\nimage::saknas.png[Saknas]\n\n"
                                + "Se link:bilaga.pdf[bilagan], link:../index.html[start] och https://example.se[en annan webbplats].\n")),
                fails("an xref to a footnote, a section and an anchor that do not exist", "Trasigt ankare: 'b.html#_footnotedef_2'", site -> site
                        .page("rutiner/a.adoc", "= Rutin A\n\nSe xref:b.adoc#_footnotedef_1[fotnoten], xref:b.adoc#_footnotedef_2[nästa], "
                                + "<<Finns inte>> och <<ankare,ankaret>>.\n\nText med ett [[ankare]]ankare.\n")
                        .page("rutiner/b.adoc", "= Rutin B\n\nText.footnote:[En fotnot.]\n")),
                fails("a missing include, also in an included file", "include:: hittar inte filen saknad.adoc", site -> site
                        .page("rutiner/a.adoc", "= Rutin A\n\ninclude::saknad.adoc[]\n\ninclude::partials/del.adoc[]\n")
                        .file("partials/del.adoc", "Del.\n\ninclude::ocksa-saknad.adoc[]\n")),
                fails("an include outside the project", "utanför handbokens mapp", site -> site
                        .page("rutiner/a.adoc", "= Rutin A\n\ninclude::../../hemlig.txt[]\n")),
                fails("a data file that is a link out of the project", "data/risks.json:0 Symbolisk länk som pekar utanför projektet", site -> site
                        .move("data/risks.json", "../utanfor/risks.json")
                        .link("data/risks.json", "../../utanfor/risks.json")),
                fails("configuration that is a link out of the project", "ui.properties:0 Symbolisk länk som pekar utanför projektet", site -> site
                        .file("../utanfor/ui.properties", "nav.home=Hem\n")
                        .link("ui.properties", "../utanfor/ui.properties")),
                fails("a template that is a link out of the project", "templates/page.ftlh:0 Symbolisk länk som pekar utanför projektet", site -> site
                        .file("../utanfor/page.ftlh", "<html>${content.body}</html>\n")
                        .link("templates/page.ftlh", "../../utanfor/page.ftlh")),
                fails("a link inside the project to a folder that holds a link out", "content/delat/hemlig.txt:0 Symbolisk länk som pekar utanför", site -> site
                        .file("../hemlig.txt", "hemligt\n")
                        .link("delat/hemlig.txt", "../../hemlig.txt")
                        .link("content/delat", "../delat")),
                fails("a data file that holds a token instead of JSON", "data/risks.json:1 Ogiltig JSON: Unrecognized token 'ghp_…'", site -> site
                        .file("data/risks.json", "ghp_" + "aBcDeFgHiJkLmNoPqRsTuVwXyZaBcDeFgHiJ" + "\n")),
                passes("links that stay inside the project", site -> site
                        .move("data/risks.json", "delat/risks.json")
                        .link("data/risks.json", "../delat/risks.json")
                        .file("delat/bild.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>\n")
                        .link("assets/bild.svg", "../delat/bild.svg")
                        .page("rutiner/a.adoc", "= Rutin A\n\nimage::/bild.svg[Bild]\n")),
                fails("an unknown page type", "Okänd sidtyp 'rutin'", site -> site
                        .page("rutiner/a.adoc", "= Rutin A\n:jbake-type: rutin\n\nText.\n")),
                fails("a bad date", ":next-review: '2026-13-01'", site -> site
                        .page("rutiner/a.adoc", "= Rutin A\n:next-review: 2026-13-01\n\nText.\n")),
                fails("a bad revision date", ":revdate: '2024-13-45'", site -> site
                        .page("rutiner/a.adoc", "= Rutin A\n:revdate: 2024-13-45\n\nText.\n")),
                fails("a metrics year that has not begun", "data/metrics.json:5 Året 2090 har inte börjat än", site -> site
                        .replaceInData("metrics.json", "\"year\": 2024", "\"year\": 2090")),
                fails("a bad nav-order", ":nav-order: 'tio'", site -> site
                        .page("rutiner/a.adoc", "= Rutin A\n:nav-order: tio\n\nText.\n")),
                fails("a page type whose template is missing", "Mallen för sidtypen 'rutin' finns inte", site -> site
                        .file("jbake.properties", FixtureSite.PROPERTIES + "template.rutin.file=rutin.ftlh\n")
                        .page("rutiner/a.adoc", "= Rutin A\n:jbake-type: rutin\n\nText.\n")),
                fails("an empty page", "Sidan är tom", site -> site
                        .page("rutiner/tom.adoc", "\n")),
                fails("a page without a title", "Sidan saknar titel", site -> site
                        .page("rutiner/a.adoc", "== Ett avsnitt\n\nText.\n")),
                warns("pages that still hold example texts, also a draft review", "content/rutiner/a.adoc:5 Sidan har 2 exempeltexter", site -> site
                        .file("jbake.properties", REVIEW_TYPE)
                        .page("rutiner/a.adoc", "= Rutin A\n\n== Mål\n\n[.exempeltext]\n.Exempeltext – anpassa till verksamheten\n"
                                + "====\nText.\n====\n\n[.exempeltext]\n====\nMer.\n====\n")
                        .page("granskning/2025.adoc", "= Ledningens genomgång 2025\n:jbake-type: review\n:review-year: 2025\n"
                                + ":review-date: 2025-02-26\n:review-status: utkast\n\n== 1 Sammanfattning\n\n[.exempeltext]\n====\nText.\n====\n")),
                passes("a site whose links, ids, includes and data blocks are right", site -> site
                        .file("jbake.properties", REVIEW_TYPE)
                        .withRegisterPages()
                        .page("rutiner/a.adoc", """
                                = Rutin A
                                :owner: ISAM
                                :approved-by: VD
                                :approved-date: 2026-01-15
                                :doc-version: 1.0
                                :next-review: 2027-01-15

                                == Mål

                                Se xref:b.adoc#mål-2[andra målet], xref:steg#[stegen], <<steg.ad#,stegen>>, <<Mål>>, <<mål>> och xref:../index.adoc[start].

                                [#egen]
                                == Ett eget id

                                Se <<egen,här>> och xref:b.adoc#från-delen[delen].

                                ----
                                xref:inte-en-lank.adoc[] och lis::inget-block[] i ett kodblock.
                                ----

                                // xref:inte-heller.adoc[]

                                lis::actions[year=2025, open]

                                lis::assets[owner=agare-a,unclassified]
                                """)
                        .page("rutiner/b.adoc", "= Rutin B\n\n== Mål\n\nEtt.\n\n== Mål\n\nTvå.\n\ninclude::partials/del.adoc[]\n")
                        .page("rutiner/steg.ad", "= Steg\n\nSe xref:a.adoc#egen[rutin A].\n")
                        .file("partials/del.adoc", "== Från delen\n\nText.\n")
                        .file("partials/omvarld.adoc", "[#omvarld,iso=9.3.2-b]\n=== 1.1 Omvärld\n\nText.\n")
                        .page("granskning/2025.adoc", REVIEW_HEADER.formatted("utkast")
                                + "== 1 Läget\n\ninclude::partials/omvarld.adoc[]\n\n[#atgarder]\n== 4 Åtgärder\n\nlis::review-plan[]\n")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sites")
    void checkExitsAndReportsAsTheBuildDoes(Fixture fixture) {
        FixtureSite site = FixtureSite.create(temp).withRegister();
        fixture.setup().accept(site);

        Outcome check = Outcome.of("check", site);
        Outcome build = Outcome.of("build", site);

        assertThat(build.exit()).as("lis build's exit; it printed:%n%s", build.printed()).isEqualTo(fixture.exit());
        assertThat(check.exit()).as("lis check's exit; it printed:%n%s", check.printed()).isEqualTo(fixture.exit());
        assertThat(check.errors()).as("the errors lis check reports, against lis build's").isEqualTo(build.errors());
        if (fixture.exit() == ExitCodes.OK) {
            assertThat(check.warnings()).as("the warnings lis check reports, against lis build's").isEqualTo(build.warnings());
            if (fixture.expected() != null) {
                assertThat(build.warnings()).anySatisfy(warning -> assertThat(warning).contains(fixture.expected()));
            }
        } else {
            assertThat(build.errors()).anySatisfy(error -> assertThat(error).contains(fixture.expected()));
        }
    }

    /**
     * What one command did: its exit code and the problems it printed, each as {@code file:line message}.
     *
     * @param printed everything it printed, for the failure message
     */
    private record Outcome(int exit, Set<String> errors, Set<String> warnings, String printed) {
        private static final Pattern PROBLEM = Pattern.compile("^(.*?): (fel|varning): (.*)$");
        private static final Pattern LOCATION = Pattern.compile("^(.*?)(?::(\\d+)(?::\\d+)?)?(?:#.*)?$");

        static Outcome of(String command, FixtureSite site) {
            LisCommand lis = new LisCommand();
            int exit = lis.run(command, "--site", site.dir().toString());
            Set<String> errors = new LinkedHashSet<>();
            Set<String> warnings = new LinkedHashSet<>();
            for (String line : lis.err().lines().toList()) {
                Matcher problem = PROBLEM.matcher(line);
                if (problem.matches()) {
                    Matcher location = LOCATION.matcher(problem.group(1));
                    location.matches();
                    String where = location.group(1) + ":" + (location.group(2) == null ? "0" : location.group(2));
                    (problem.group(2).equals("fel") ? errors : warnings).add(where + " " + problem.group(3));
                }
            }
            return new Outcome(exit, errors, warnings, lis.out() + lis.err());
        }
    }

    private static Named<Fixture> fails(String name, String expected, Consumer<FixtureSite> setup) {
        return Named.of(name, new Fixture(ExitCodes.INVALID_INPUT, expected, setup));
    }

    /** A site both pass, with a warning both must give. */
    private static Named<Fixture> warns(String name, String expected, Consumer<FixtureSite> setup) {
        return Named.of(name, new Fixture(ExitCodes.OK, expected, setup));
    }

    private static Named<Fixture> passes(String name, Consumer<FixtureSite> setup) {
        return Named.of(name, new Fixture(ExitCodes.OK, null, setup));
    }
}
