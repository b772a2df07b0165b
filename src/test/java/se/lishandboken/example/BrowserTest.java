package se.lishandboken.example;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import se.lishandboken.testsupport.AccessibilityRecord;
import se.lishandboken.testsupport.Browser;
import se.lishandboken.testsupport.ExampleSite;

/** The example site in headless Chromium, opened from file:// as a reader with no server would. */
class BrowserTest {
    private static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    private static final Dimension DESKTOP = new Dimension(1280, 900);
    private static final Dimension PHONE = new Dimension(360, 740);

    @TempDir
    static Path profile;
    private static ChromeDriver driver;

    @BeforeAll
    static void startBrowser() {
        ExampleSite.build();
        driver = Browser.start(profile);
    }

    @AfterAll
    static void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    /**
     * One page of each page type (its template), and every page with a widget of its own: search, the
     * filterable register, the wheel, the review's chart. The Nu checker reads every page (ExampleSiteTest).
     */
    private static List<String> onePagePerTypeAndEveryWidget() {
        java.util.Map<String, String> byType = new java.util.TreeMap<>();
        for (String page : ExampleSite.pages()) {
            String html = ExampleSite.read(page);
            java.util.regex.Matcher type = java.util.regex.Pattern.compile("<body data-page-type=\"([^\"]*)\"").matcher(html);
            assertThat(type.find()).as("%s names its page type", page).isTrue();
            byType.putIfAbsent(type.group(1), page);
            if (html.contains("data-filter") || html.contains("role=\"img\"") || html.contains("class=\"chart\"")
                    || page.equals("sok.html")) {
                byType.putIfAbsent("widget " + page, page);
            }
        }
        return byType.values().stream().distinct().sorted().toList();
    }

    @Test
    void axeFindsNoWcag21AaViolationsAtDesktopOrPhoneWidthOnEveryKindOfPage() {
        List<String> pages = onePagePerTypeAndEveryWidget();
        assertThat(pages).contains("sok.html", "register/tillgangar.html", "arshjul.html", "granskning/2024.html");
        List<String> violations = new ArrayList<>();
        String axeVersion = "";
        for (Dimension size : List.of(DESKTOP, PHONE)) {
            driver.manage().window().setSize(size);
            for (String page : pages) {
                driver.get(url(page) + (page.equals("sok.html") ? "?q=incident" : ""));
                Results results = new AxeBuilder().withTags(WCAG_TAGS).analyze(driver);
                axeVersion = results.getTestEngine().getVersion();
                for (Rule rule : results.getViolations()) {
                    violations.add(size.width + "px " + page + ": " + rule.getId() + " " + rule.getHelp()
                            + " " + rule.getNodes().stream().map(n -> n.getTarget().toString()).toList());
                }
            }
        }
        AccessibilityRecord.axe(axeVersion, WCAG_TAGS, List.of(DESKTOP.width, PHONE.width), pages.size(), violations);
        assertThat(violations).isEmpty();
    }

    @Test
    void pageFitsAPhoneWithoutSidewaysScrolling() {
        driver.manage().window().setSize(PHONE);
        for (String page : List.of("index.html", "rutiner/incidenthantering.html", "roller/index.html", "granskning/2024.html",
                "register/tillgangar.html", "register/klassning.html", "register/atgardsplan.html")) {
            driver.get(url(page));
            Long overflow = (Long) driver.executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
            assertThat(overflow).as(page).isLessThanOrEqualTo(0L);
            assertThat(driver.findElements(By.cssSelector(".doc-control dl > div"))).as(page).isNotEmpty()
                    .allSatisfy(fact -> assertThat(horizontalOverflow(fact)).as(page + ": " + fact.getText()).isLessThanOrEqualTo(0L));
        }
    }

    @Test
    void theRoleNameInTheDocumentControlWrapsBetweenWordsNeverInsideOne() {
        for (Dimension size : List.of(PHONE, DESKTOP)) {
            driver.manage().window().setSize(size);
            for (String page : List.of("register/tillgangar.html", "granskning/2024.html")) {
                driver.get(url(page));
                assertThat(wordsSplitAcrossLines(".doc-control dd")).as(size.width + "px " + page).isEmpty();
            }
        }
    }

    @Test
    void onAPhoneEveryRowOfTheWideTablesIsACardThatNamesItsColumnsAndNothingScrollsSideways() {
        driver.manage().window().setSize(PHONE);
        for (String page : List.of("register/tillgangar.html", "register/klassning.html", "register/atgardsplan.html",
                "granskning/2024.html")) {
            driver.get(url(page));
            List<WebElement> tables = driver.findElements(By.cssSelector("table.table-cards"));
            assertThat(tables).as(page).isNotEmpty().allSatisfy(table -> {
                WebElement region = table.findElement(By.xpath("./ancestor::div[contains(@class,'table-scroll')]"));
                assertThat(horizontalOverflow(region)).as(page + " " + table.getText().lines().findFirst().orElse(""))
                        .isLessThanOrEqualTo(0L);
            });
        }

        driver.get(url("register/tillgangar.html"));
        List<WebElement> cells = driver.findElements(By.cssSelector("#tillgangar tbody tr:first-child td"));
        assertThat(cells).hasSize(5);
        // The cells stand one under the other, each after the name of its column.
        for (int i = 1; i < cells.size(); i++) {
            // Selenium rounds each rectangle to whole pixels, so a cell may seem to start 1 px inside the one above.
            assertThat(cells.get(i).getRect().getY())
                    .isGreaterThanOrEqualTo(cells.get(i - 1).getRect().getY() + cells.get(i - 1).getRect().getHeight() - 1);
        }
        assertThat(cells.subList(1, 5)).extracting(BrowserTest::labelShownBefore)
                .containsExactly("Objektägare: ", "Klassning: ", "Omklassning senast: ", "Personuppgifter: ");
        // The filter still hides the cards that do not match.
        List<WebElement> rows = driver.findElements(By.cssSelector("#tillgangar tbody tr"));
        driver.findElement(By.id("filter-tillgangar")).sendKeys("CRM");
        assertThat(rows.stream().filter(WebElement::isDisplayed).count()).isPositive().isLessThan(rows.size());
    }

    @Test
    void theAssetRegisterFitsTheDesktopPageAsATable() {
        driver.manage().window().setSize(DESKTOP);
        driver.get(url("register/tillgangar.html"));
        WebElement region = driver.findElement(By.cssSelector("#tillgangar")).findElement(By.xpath(".."));
        assertThat(horizontalOverflow(region)).isLessThanOrEqualTo(0L);
        assertThat(driver.findElements(By.cssSelector("#tillgangar thead th"))).hasSize(5).allSatisfy(th -> assertThat(th.isDisplayed()).isTrue());
        assertThat(labelShownBefore(driver.findElement(By.cssSelector("#tillgangar tbody td:nth-child(2)")))).isEmpty();
    }

    @Test
    void aTableThatStillScrollsOnAPhoneShowsAShadowAtItsEdgeAndAVisibleKeyboardFocus() {
        driver.manage().window().setSize(PHONE);
        driver.get(url("arshjul.html"));
        WebElement region = driver.findElement(By.cssSelector("#aktiviteter + .table-scroll"));
        assertThat(horizontalOverflow(region)).isPositive();
        assertThat(region.getCssValue("background-image")).contains("radial-gradient");

        driver.executeScript("document.querySelector('#aktiviteter').setAttribute('tabindex', '-1');"
                + "document.querySelector('#aktiviteter').focus();");
        new org.openqa.selenium.interactions.Actions(driver).sendKeys(org.openqa.selenium.Keys.TAB).perform();
        assertThat(driver.switchTo().activeElement()).isEqualTo(region);
        assertThat(region.getCssValue("outline-style")).isEqualTo("solid");
        assertThat(region.getCssValue("outline-width")).isEqualTo("3px");
    }

    @Test
    void everyTextOfTheChartsLiesInsideItsChart() {
        driver.manage().window().setSize(DESKTOP);
        for (String page : List.of("granskning/2024.html", "register/klassning.html")) {
            driver.get(url(page));
            @SuppressWarnings("unchecked")
            List<String> outside = (List<String>) driver.executeScript("""
                    var outside = [];
                    document.querySelectorAll('svg.bar-chart').forEach(function (svg) {
                      var box = svg.viewBox.baseVal;
                      svg.querySelectorAll('text').forEach(function (text) {
                        var b = text.getBBox();
                        if (b.x < box.x || b.y < box.y || b.x + b.width > box.x + box.width || b.y + b.height > box.y + box.height) {
                          outside.push(text.textContent);
                        }
                      });
                    });
                    return outside;""");
            assertThat(driver.findElements(By.cssSelector("svg.bar-chart text"))).as(page).isNotEmpty();
            assertThat(outside).as(page).isEmpty();
        }
    }

    private static long horizontalOverflow(WebElement element) {
        return (Long) driver.executeScript("return arguments[0].scrollWidth - arguments[0].clientWidth;", element);
    }

    /** The column name a card shows before a cell's value, empty where the table is a table. */
    private static String labelShownBefore(WebElement cell) {
        String content = (String) driver.executeScript("return getComputedStyle(arguments[0], '::before').content;", cell);
        return content.equals("none") || content.equals("normal") ? "" : content.replaceAll("^\"|\" / \"\"$|\"$", "");
    }

    /**
     * The words in the elements matching {@code selector} that the browser laid out over more than one line.
     * A word is what lies between spaces, hyphens, dashes and slashes, where a line may break.
     */
    @SuppressWarnings("unchecked")
    private static List<String> wordsSplitAcrossLines(String selector) {
        return (List<String>) driver.executeScript("""
                var split = [];
                document.querySelectorAll(arguments[0]).forEach(function (element) {
                  var walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
                  for (var node = walker.nextNode(); node; node = walker.nextNode()) {
                    var word = /[^\\s\\-\u2010\u2013\u2014\\/]+/g, match;
                    while ((match = word.exec(node.data))) {
                      var range = document.createRange();
                      range.setStart(node, match.index);
                      range.setEnd(node, match.index + match[0].length);
                      var tops = new Set(Array.from(range.getClientRects()).filter(function (r) { return r.width > 0; })
                          .map(function (r) { return Math.round(r.top); }));
                      if (tops.size > 1) { split.push(match[0]); }
                    }
                  }
                });
                return split;""", selector);
    }

    @Test
    void searchingFromTheHeaderFindsInflectedSwedishFormsFromFile() throws Exception {
        driver.manage().window().setSize(DESKTOP);
        driver.get(url("rutiner/incidenthantering.html"));
        WebElement box = driver.findElement(By.id("sok-fraga"));
        box.sendKeys("åtgärd");
        box.submit();

        List<String> hits = results();
        assertThat(driver.getCurrentUrl()).contains("sok.html?q=");
        assertThat(hits).isNotEmpty();
        assertThat(hits).anyMatch(sectionsContaining("åtgärderna")::contains);
        assertThat(driver.findElement(By.id("sok-status")).getText()).contains("träffar för ”åtgärd”");
    }

    @Test
    void searchWithoutSwedishLettersStillFindsTheWord() {
        driver.get(url("sok.html") + "?q=atgard");
        assertThat(results()).isNotEmpty();
    }

    @Test
    void shortWordsMatchOnlyAsWholeWords() throws Exception {
        driver.get(url("sok.html") + "?q=IA");
        List<String> hits = results();
        java.util.regex.Pattern word = java.util.regex.Pattern.compile("(?<![\\p{L}\\p{N}])ia(?![\\p{L}\\p{N}])",
                java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CHARACTER_CLASS);
        for (String hit : hits) {
            JsonNode entry = indexEntry(hit);
            assertThat(word.matcher(entry.path("p").asText() + " " + entry.path("s").asText() + " " + entry.path("x").asText()).find())
                    .as(hit).isTrue();
        }
        assertThat(driver.findElements(By.cssSelector("#sok-resultat mark"))).allSatisfy(mark ->
                assertThat(mark.getText()).isEqualToIgnoringCase("IA"));
    }

    @Test
    void assetRegisterFiltersAndSortsWithJavaScript() {
        driver.manage().window().setSize(DESKTOP);
        driver.get(url("register/tillgangar.html"));
        List<WebElement> rows = driver.findElements(By.cssSelector("#tillgangar tbody tr"));
        WebElement filter = driver.findElement(By.id("filter-tillgangar"));
        filter.sendKeys("CRM");
        long shown = rows.stream().filter(WebElement::isDisplayed).count();
        assertThat(shown).isPositive().isLessThan(rows.size());
        assertThat(driver.findElement(By.cssSelector(".register-filter__count")).getText()).contains("av " + rows.size());

        filter.clear();
        filter.sendKeys(" ");
        filter.sendKeys(org.openqa.selenium.Keys.BACK_SPACE);
        WebElement ownerHeader = driver.findElements(By.cssSelector("#tillgangar thead th")).get(1);
        ownerHeader.findElement(By.tagName("button")).click();
        assertThat(ownerHeader.getAttribute("aria-sort")).isEqualTo("ascending");
        List<String> owners = driver.findElements(By.cssSelector("#tillgangar tbody tr td:nth-child(2)")).stream()
                .map(WebElement::getText).toList();
        java.text.Collator swedish = java.text.Collator.getInstance(java.util.Locale.forLanguageTag("sv"));
        assertThat(owners).isSortedAccordingTo(swedish::compare);
    }

    @Test
    void searchForAnUnknownWordSaysSo() {
        driver.get(url("sok.html") + "?q=xyzzyqw");
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id("sok-status"), "Inga träffar"));
        assertThat(driver.findElements(By.cssSelector("#sok-resultat li"))).isEmpty();
    }

    @Test
    void aSearchResultOpensTheSectionItNames() {
        driver.get(url("sok.html") + "?q=" + java.net.URLEncoder.encode("personuppgiftsincident", StandardCharsets.UTF_8));
        List<String> hits = results();
        assertThat(hits).anyMatch(href -> href.contains("#"));
        String target = hits.stream().filter(h -> h.contains("#")).findFirst().orElseThrow();
        driver.get(target);
        String anchor = target.substring(target.indexOf('#') + 1);
        assertThat(driver.findElements(By.id(anchor))).hasSize(1);
    }

    private static List<String> results() {
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#sok-resultat li a")));
        return driver.findElements(By.cssSelector("#sok-resultat li a")).stream()
                .map(a -> a.getAttribute("href")).toList();
    }

    private static JsonNode indexEntry(String fileUrl) throws Exception {
        for (JsonNode entry : index()) {
            if (url(entry.path("u").asText()).equals(fileUrl)) {
                return entry;
            }
        }
        throw new AssertionError("Not in the search index: " + fileUrl);
    }

    private static JsonNode index() throws Exception {
        String script = Files.readString(ExampleSite.output().resolve("search-index.js"), StandardCharsets.UTF_8);
        return new ObjectMapper().readTree(script.substring(script.indexOf('['), script.lastIndexOf(']') + 1));
    }

    /** The file URLs of index sections whose text contains {@code word}. */
    private static Set<String> sectionsContaining(String word) throws Exception {
        Set<String> urls = new HashSet<>();
        for (JsonNode entry : index()) {
            if (entry.path("x").asText().toLowerCase().contains(word)) {
                urls.add(url(entry.path("u").asText()));
            }
        }
        assertThat(urls).as("sections containing " + word).isNotEmpty();
        return urls;
    }

    /** The file:// URL of a page; {@code page} may carry an #anchor, which Path would escape. */
    @Test
    void theWheelIsOneImageWithANameAndADescriptionAndItsContentIsATableAtPhoneWidth() {
        driver.manage().window().setSize(PHONE);
        driver.get(url("arshjul.html"));

        WebElement wheel = driver.findElement(By.cssSelector("svg.cycle-wheel"));
        // What a screen reader announces: an image with the wheel's name; its markers are not read one by one.
        assertThat(wheel.getAriaRole()).isIn("img", "image"); // Chromium reports ARIA 1.3's name for role="img"
        assertThat(wheel.getAccessibleName()).startsWith("Årshjulet ");
        assertThat(driver.findElements(By.cssSelector("#aktiviteter + .table-scroll tbody tr"))).hasSize(11);
        assertThat(driver.findElement(By.cssSelector("#aktiviteter + .table-scroll th")).getAriaRole()).isEqualTo("columnheader");
        // The wheel scales down to the phone's width instead of overflowing it.
        assertThat(wheel.getSize().getWidth()).isLessThanOrEqualTo(PHONE.width);
        assertThat(((Number) ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript("return document.documentElement.scrollWidth")).intValue()).isLessThanOrEqualTo(PHONE.width);
    }

    private static String url(String page) {
        return ExampleSite.output().toUri() + page;
    }
}
