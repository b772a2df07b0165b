package se.lishandboken.site.engine;

import java.util.Set;
import org.jbake.model.DocumentModel;
import se.lishandboken.view.CycleView;

/** Which pages show the register: the register pages, reviews, the pages made from it, and pages with data blocks. */
public final class RegisterPages {
    /** The page types that show the register, whatever their text says. */
    public static final Set<String> TYPES = Set.of("assets", "coverage", "processing", "actions",
            "findings", "owners", "review", "reviews", CycleView.PAGE_TYPE,
            se.lishandboken.view.SoaView.PAGE_TYPE);
    /** The class every data block ({@code lis::assets[]}, {@code lis::actions[]}) gives what it writes. */
    static final String DATA_BLOCK_CLASS = "data-block";

    private RegisterPages() {
    }

    /** Whether the page {@code content} shows register records or figures. */
    static boolean shows(DocumentModel content) {
        String body = content.getBody() == null ? "" : content.getBody();
        return TYPES.contains(content.getType())
                || content.get(GeneratedPage.ASSET_ID) != null || content.get(GeneratedPage.ROLE_ID) != null
                || body.contains(DATA_BLOCK_CLASS);
    }
}
