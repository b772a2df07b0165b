package se.lishandboken.site.engine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.function.Predicate;
import org.asciidoctor.ast.ContentModel;
import org.asciidoctor.ast.StructuralNode;
import org.asciidoctor.extension.BlockMacroProcessor;
import org.asciidoctor.extension.Name;
import org.jsoup.nodes.Element;
import se.lishandboken.problem.Problem;
import se.lishandboken.register.Action;
import se.lishandboken.register.Asset;
import se.lishandboken.register.Classification;
import se.lishandboken.source.DataBlock;
import se.lishandboken.view.RegisterView;
import se.lishandboken.view.ReviewBody;

/**
 * {@code lis::actions[year=2025]}, {@code lis::assets[owner=kommunikationschef]}: live register data
 * in any handbook page, as an accessible table built with jsoup (so every value is escaped).
 *
 * <p>Asciidoctor hands the macro its attribute list as written ({@link ContentModel#RAW}), and
 * {@link DataBlock} parses and checks it, as it does for {@code lis check}; a block with a problem
 * shows nothing, and the problem fails the build.
 */
@Name("lis")
@ContentModel(ContentModel.RAW)
public final class DataBlockMacro extends BlockMacroProcessor {
    private static final ThreadLocal<PageContext> CURRENT = new ThreadLocal<>();

    /** The page being converted on this thread: its session, source and way back to the site root. */
    record PageContext(BakeSession session, Path source, String rootPath) {
    }

    static void within(PageContext context, Runnable conversion) {
        PageContext previous = CURRENT.get();
        CURRENT.set(context);
        try {
            conversion.run();
        } finally {
            CURRENT.set(previous);
        }
    }

    @Override
    public Object process(StructuralNode parent, String target, Map<String, Object> attributes) {
        PageContext page = CURRENT.get();
        if (page == null) {
            return createBlock(parent, "pass", "");
        }
        DataBlock block = DataBlock.of(target, String.valueOf(attributes.getOrDefault("text", "")));
        RegisterView view = page.session().registerView();
        List<Problem> problems = block.problems(page.source(), lineOf(page, block.macro()),
                role -> view.register().organisation().role(role).isPresent(),
                attribute(parent, "review-year"), attribute(parent, "review-date"));
        problems.forEach(page.session()::report);
        if (!problems.isEmpty()) {
            return createBlock(parent, "pass", "");
        }
        Element html = switch (block.name()) {
            case "actions" -> actions(page, block, attributes);
            case "assets" -> assets(page, block, attributes);
            default -> reviewPlan(parent, block);
        };
        return createBlock(parent, "pass", html.outerHtml());
    }

    private Element actions(PageContext page, DataBlock block, Map<String, Object> attributes) {
        RegisterView view = page.session().registerView();
        Predicate<Action> filter = action -> true;
        Optional<String> year = block.value("year");
        if (year.isPresent()) {
            filter = filter.and(action -> action.planYear() == Integer.parseInt(year.get()));
        }
        Optional<String> responsible = block.value("responsible");
        if (responsible.isPresent()) {
            filter = filter.and(action -> action.responsible().equals(responsible.get()));
        }
        if (block.has("open")) {
            filter = filter.and(view::isOpen);
        }
        List<Action> actions = view.register().actions().stream().filter(filter).toList();
        ResourceBundle ui = page.session().ui();
        Element table = table(caption(attributes, ui, "datablock.actions.caption"), ui,
                "actions.action", "actions.responsible", "actions.status", "actions.due");
        Element body = table.selectFirst("tbody");
        String actionsPage = view.stubUrl("actions");
        for (Action action : actions) {
            Element row = body.appendElement("tr");
            Element title = row.appendElement("td");
            if (actionsPage != null) {
                title.appendElement("a").attr("href", page.rootPath() + actionsPage + "#" + action.id()).text(action.title());
            } else {
                title.text(action.title());
            }
            String decided = view.decidedText(action);
            if (decided != null) {
                title.appendText(" ").appendElement("span").addClass("action-meta").text(decided);
            }
            row.appendElement("td").text(view.roleName(action.responsible()));
            row.appendElement("td").text(ui.getString(view.statusKey(action.status())));
            row.appendElement("td").addClass("nowrap").text(action.due() == null ? "" : action.due().toString());
        }
        return wrap(table, actions.isEmpty(), ui);
    }

    /**
     * The place of a management review's three-year plan, numbered after the section it is in ("4 Åtgärder
     * kommande 3 år" gives 4.1, 4.2, 4.3). The plan itself is filled in by the review template from the
     * review's figures (sealed, for an approved review), so the converted page holds no register data.
     */
    private Element reviewPlan(StructuralNode parent, DataBlock block) {
        java.util.regex.Matcher number = java.util.regex.Pattern.compile("^(\\d+)\\s").matcher(org.jsoup.Jsoup.parse(String.valueOf(parent.getTitle())).text());
        Element plan = new Element("div").attr("id", "plan").addClass("review-plan");
        plan.appendChild(new org.jsoup.nodes.Comment(ReviewBody.marker(number.find() ? number.group(1) : "", block.planHeadings())));
        return plan;
    }

    private Element assets(PageContext page, DataBlock block, Map<String, Object> attributes) {
        RegisterView view = page.session().registerView();
        Predicate<Asset> filter = asset -> true;
        Optional<String> owner = block.value("owner");
        if (owner.isPresent()) {
            filter = filter.and(asset -> asset.owner().equals(owner.get()));
        }
        if (block.has("unclassified")) {
            filter = filter.and(asset -> view.classification(asset) == null);
        }
        if (block.has("overdue")) {
            filter = filter.and(view::isOverdue);
        }
        List<Asset> assets = view.assets().stream().filter(filter).toList();
        ResourceBundle ui = page.session().ui();
        Element table = table(caption(attributes, ui, "datablock.assets.caption"), ui,
                "register.asset", "register.owner", "register.classification", "register.reclassification.due");
        Element body = table.selectFirst("tbody");
        for (Asset asset : assets) {
            Element row = body.appendElement("tr");
            Element name = row.appendElement("td");
            String url = view.assetUrl(asset.id());
            if (url != null) {
                name.appendElement("a").attr("href", page.rootPath() + url).text(asset.name());
            } else {
                name.text(asset.name());
            }
            row.appendElement("td").text(view.roleName(asset.owner()));
            Classification classification = view.classification(asset);
            row.appendElement("td").text(classification == null ? ui.getString("register.unclassified") : view.summary(classification));
            row.appendElement("td").addClass("nowrap").text(view.dueDate(asset) == null ? ui.getString("register.classify.now") : view.dueDate(asset).toString());
        }
        return wrap(table, assets.isEmpty(), ui);
    }

    /** The block title the author wrote above the macro ({@code .Title}), or the default caption. */
    private static String caption(Map<String, Object> attributes, ResourceBundle ui, String fallbackKey) {
        Object title = attributes.get("title");
        return title == null || title.toString().isBlank() ? ui.getString(fallbackKey) : org.jsoup.Jsoup.parse(title.toString()).text();
    }

    private static Element table(String caption, ResourceBundle ui, String... headings) {
        Element table = new Element("table").addClass("register-table").addClass(RegisterPages.DATA_BLOCK_CLASS);
        table.appendElement("caption").text(caption);
        Element head = table.appendElement("thead").appendElement("tr");
        for (String heading : headings) {
            head.appendElement("th").attr("scope", "col").text(ui.getString(heading));
        }
        table.appendElement("tbody");
        return table;
    }

    private static Element wrap(Element table, boolean empty, ResourceBundle ui) {
        Element region = new Element("div").addClass("table-scroll").attr("role", "region").attr("tabindex", "0")
                .attr("aria-label", table.selectFirst("caption").text());
        if (empty) {
            return new Element("p").addClass(RegisterPages.DATA_BLOCK_CLASS + "-empty").text(table.selectFirst("caption").text() + ": " + ui.getString("register.none"));
        }
        return region.appendChild(table);
    }

    private static String attribute(StructuralNode parent, String name) {
        Object value = parent.getDocument().getAttribute(name);
        return value == null ? null : value.toString();
    }

    private static int lineOf(PageContext page, String macro) {
        try {
            List<String> lines = Files.readAllLines(page.session().config().siteDir().resolve(page.source()), StandardCharsets.UTF_8);
            return se.lishandboken.problem.SourceLine.first(lines, line -> line.strip().equals(macro));
        } catch (IOException e) {
            return 0;
        }
    }
}
