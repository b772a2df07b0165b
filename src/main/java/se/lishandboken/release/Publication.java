package se.lishandboken.release;

import java.util.List;

/**
 * What a publish or a rollback did.
 *
 * @param release the release that is now live
 * @param discarded releases an earlier, stopped publish had saved but never made live, removed now; usually empty
 */
public record Publication(PublishedRelease release, List<String> discarded) {
    public Publication {
        discarded = List.copyOf(discarded);
    }
}
