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
            String uri = folder + asset.id() + ".html";
            session.catalog().add(new Page(session.relative(session.config().dataDir().resolve("assets.json")), uri,
                    PAGE_TYPE, asset.name(), asset.description() == null ? "" : asset.description(),
                    PageHeaderReader.DEFAULT_NAV_ORDER, false, DocumentControl.NONE, List.of(), null));
        }
        for (Asset asset : assets) {
            DocumentModel document = new DocumentModel();
            document.setType(PAGE_TYPE);
            document.setStatus("published");
            document.setTitle(asset.name());
            document.setUri(folder + asset.id() + ".html");
            document.setBody("");
            document.put(ASSET_ID, asset.id());
            try {
                renderer.render(document);
            } catch (Exception e) {
                throw new RenderingException("Failed to render the page of asset " + asset.id() + ": " + e.getMessage());
            }
        }
        return assets.size();
    }

    @Override
    public int render(Renderer renderer, ContentStore db, java.io.File destination, java.io.File templatesPath,
            org.apache.commons.configuration2.CompositeConfiguration config) throws RenderingException {
        throw new UnsupportedOperationException("lis bakes with a JBakeConfiguration");
    }
}
