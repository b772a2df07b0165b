package se.lishandboken.register;

import java.util.List;
import java.util.Optional;

/**
 * The roles and units the register refers to ({@code data/organisation.json}).
 *
 * @param roles every role a record may name
 * @param units the organisation's units
 */
public record Organisation(List<Role> roles, List<Unit> units) {

    public static final Organisation EMPTY = new Organisation(List.of(), List.of());

    public Organisation {
        roles = IdList.of(roles, Role::id);
        units = IdList.of(units, Unit::id);
    }

    public Optional<Role> role(String id) {
        return index(roles).byId(id);
    }

    public Optional<Unit> unit(String id) {
        return index(units).byId(id);
    }

    @SuppressWarnings("unchecked")
    private static <T> IdList<T> index(List<T> list) {
        return (IdList<T>) list;
    }

    /** The role's name, or the id itself if unknown. */
    public String roleName(String id) {
        return role(id).map(Role::name).orElse(id);
    }
}
