package se.lishandboken.register;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The control catalogues a site knows: the shipped ones, replaced or joined by the site's own. A control
 * is named by its number in the default framework ({@code 5.15}) or by framework and number
 * ({@code klassa:K1}).
 */
public final class Frameworks {
    public static final Frameworks EMPTY = new Frameworks(List.of());
    /** The catalogues shipped with lis, read once. */
    private static volatile Frameworks shipped;

    private final Map<String, Framework> byName = new LinkedHashMap<>();

    public Frameworks(List<Framework> frameworks) {
        frameworks.forEach(framework -> byName.put(framework.framework(), framework));
    }

    /** The catalogues shipped with lis ({@code lis/frameworks/}): every register knows them. */
    public static Frameworks shipped() {
        if (shipped == null) {
            shipped = FrameworkCatalogues.shipped();
        }
        return shipped;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Frameworks frameworks && frameworks.byName.equals(byName);
    }

    @Override
    public int hashCode() {
        return byName.hashCode();
    }

    @Override
    public String toString() {
        return "Frameworks" + byName.keySet();
    }

    public List<Framework> all() {
        return List.copyOf(byName.values());
    }

    public boolean isEmpty() {
        return byName.isEmpty();
    }

    public Optional<Framework> framework(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /** The framework a key names: the part before {@code :}, else the default. */
    public static String frameworkOf(String key) {
        int colon = key.indexOf(':');
        return colon < 0 ? Control.DEFAULT_FRAMEWORK : key.substring(0, colon);
    }

    /** The control number a key names: the part after {@code :}, else the whole key. */
    public static String idOf(String key) {
        return key.substring(key.indexOf(':') + 1);
    }

    /** The catalogue's entry for a key such as {@code 5.15} or {@code klassa:K1}, if there is one. */
    public Optional<CatalogueControl> control(String key) {
        return framework(frameworkOf(key)).flatMap(framework -> framework.control(idOf(key)));
    }

    /** The catalogue's entry for {@code control}, if there is one. */
    public Optional<CatalogueControl> control(Control control) {
        return framework(control.framework()).flatMap(framework -> framework.control(control.id()));
    }
}
