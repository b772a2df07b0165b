package se.lishandboken.register;

import java.util.List;

/** Absent JSON arrays become empty, immutable lists. */
final class Lists {

    private Lists() {
    }

    static <T> List<T> of(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
