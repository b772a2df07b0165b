package se.lishandboken.site;

import java.util.List;
import org.jbake.app.ContentStore;
import org.jbake.app.Renderer;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;
import org.jbake.render.RenderingTool;
import org.jbake.template.RenderingException;
import se.lishandboken.register.Asset;

/**
 * One page per information asset, rendered with {@code asset.ftlh} beside the asset register stub
 * ({@code :jbake-type: assets}): the stub {@code register/tillgangar.adoc} puts the pages in
 * {@code register/tillgangar/}. These pages have no AsciiDoc source of their own.
 */
public final class AssetPages implements RenderingTool {
    static final String PAGE_TYPE = "asset";
    /** Marks a synthetic document as the page of this asset id. */
    static final String ASSET_ID = "lis_asset_id";

    @Override
    public int render(Renderer renderer, ContentStore db, JBakeConfiguration config) throws RenderingException {
        BakeSession session = BakeSession.of(config);
        String folder = session.registerView().assetFolder();
        if (folder == null) {
            return 0;
        }
        List<Asset> assets = session.register().assets();
        for (Asset asset : assets) {
            session.catalog().add(page(session, asset, folder));
        }
        for (Asset asset : assets) {
            try {
                renderer.render(document(asset, folder));
            } catch (Exception e) {
                throw new RenderingException("Failed to render the page of asset " + asset.id() + ": " + e.getMessage());
            }
        }
        return assets.size();
    }

    /** The catalog entry of an asset's page: not in the navigation, no document control of its own. */
    static Page page(BakeSession session, Asset asset, String folder) {
        return new Page(session.relative(session.config().dataDir().resolve("assets.json")), folder + asset.id() + ".html",
                PAGE_TYPE, asset.name(), asset.description() == null ? "" : asset.description(),
                PageHeaderReader.DEFAULT_NAV_ORDER, false, DocumentControl.NONE, List.of(), null);
    }

    /** The document the asset template renders: no body, only the asset's id. */
    static DocumentModel document(Asset asset, String folder) {
        DocumentModel document = new DocumentModel();
        document.setType(PAGE_TYPE);
        document.setStatus("published");
        document.setTitle(asset.name());
        document.setUri(folder + asset.id() + ".html");
        document.setBody("");
        document.put(ASSET_ID, asset.id());
        return document;
    }

    @Override
    public int render(Renderer renderer, ContentStore db, java.io.File destination, java.io.File templatesPath,
            org.apache.commons.configuration2.CompositeConfiguration config) throws RenderingException {
        throw new UnsupportedOperationException("lis bakes with a JBakeConfiguration");
    }
}
