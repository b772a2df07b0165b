package se.lishandboken.site;

import java.util.List;
import org.jbake.model.DocumentModel;
import se.lishandboken.page.Page;
import se.lishandboken.register.Asset;
import se.lishandboken.site.engine.BakeSession;
import se.lishandboken.site.engine.GeneratedPage;

/**
 * One page per information asset, rendered with {@code asset.ftlh} beside the asset register stub
 * ({@code :jbake-type: assets}): the stub {@code register/tillgangar.adoc} puts the pages in
 * {@code register/tillgangar/}. These pages have no AsciiDoc source of their own.
 */
public final class AssetPages {
    static final String PAGE_TYPE = "asset";
    /** Marks a synthetic document as the page of this asset id. */

    private AssetPages() {
    }

    /** The documents of every asset's page, each added to the catalog; none if the site has no asset register stub. */
    static List<DocumentModel> documents(BakeSession session) {
        String folder = session.registerView().assetFolder();
        if (folder == null) {
            return List.of();
        }
        List<Asset> assets = session.register().assets();
        for (Asset asset : assets) {
            session.catalog().add(page(session, asset, folder));
        }
        return assets.stream().map(asset -> document(asset, folder)).toList();
    }

    /** The catalog entry of an asset's page: not in the navigation, no document control of its own. */
    static Page page(BakeSession session, Asset asset, String folder) {
        return GeneratedPage.entry(session.relative(session.config().dataDir().resolve("assets.json")), folder + asset.id() + ".html",
                PAGE_TYPE, asset.name(), asset.description());
    }

    /** The document the asset template renders: no body, only the asset's id. */
    static DocumentModel document(Asset asset, String folder) {
        return GeneratedPage.document(PAGE_TYPE, asset.name(), folder + asset.id() + ".html", GeneratedPage.ASSET_ID, asset.id());
    }
}
