package se.lishandboken.register;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.RandomAccess;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * An immutable list of records that finds a record by its id without a scan. A template asks the
 * register for an asset, a process or a role once or more per page; with one page per asset, a scan
 * per question would make a build quadratic in the register.
 *
 * <p>The indexes are built on first use: a register made for a moment (a dated view, the intranet
 * edition) pays only for what is asked of it.
 *
 * @param <T> the record type
 */
final class IdList<T> extends AbstractList<T> implements RandomAccess {
    private final List<T> elements;
    private final Function<T, String> id;
    private volatile Map<String, T> byId;
    /** Groupings by what each record refers to, by the function that names the references. */
    private final Map<Function<T, ? extends Collection<String>>, Map<String, List<T>>> groupings = new ConcurrentHashMap<>();

    private IdList(List<T> elements, Function<T, String> id) {
        this.elements = elements;
        this.id = id;
    }

    /** {@code list} as an indexed list; an absent list (a JSON array left out) is empty. */
    static <T> IdList<T> of(List<T> list, Function<T, String> id) {
        if (list instanceof IdList<T> indexed && indexed.id == id) {
            return indexed;
        }
        return new IdList<>(Lists.of(list), id);
    }

    @Override
    public T get(int index) {
        return elements.get(index);
    }

    @Override
    public int size() {
        return elements.size();
    }

    /** The first record with {@code key} as its id, as a scan in list order would find it; empty if none has. */
    Optional<T> byId(String key) {
        Map<String, T> index = byId;
        if (index == null) {
            index = new HashMap<>(elements.size() * 2);
            for (T element : elements) {
                index.putIfAbsent(id.apply(element), element);
            }
            byId = index;
        }
        return Optional.ofNullable(index.get(key));
    }

    /**
     * The records that name {@code key} among their {@code references}, in list order; empty if none does.
     * The grouping is built once per function, so pass a constant, not a new lambda per call.
     */
    List<T> referring(Function<T, ? extends Collection<String>> references, String key) {
        return groupings.computeIfAbsent(references, this::groupBy).getOrDefault(key, List.of());
    }

    private Map<String, List<T>> groupBy(Function<T, ? extends Collection<String>> references) {
        Map<String, List<T>> groups = new HashMap<>();
        for (T element : elements) {
            for (String key : references.apply(element)) {
                List<T> group = groups.computeIfAbsent(key, k -> new ArrayList<>());
                if (group.isEmpty() || group.get(group.size() - 1) != element) {
                    group.add(element);
                }
            }
        }
        groups.replaceAll((key, group) -> List.copyOf(group));
        return groups;
    }
}
