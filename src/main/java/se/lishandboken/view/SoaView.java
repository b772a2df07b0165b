package se.lishandboken.view;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import se.lishandboken.page.Page;
import se.lishandboken.register.CatalogueControl;
import se.lishandboken.register.Control;
import se.lishandboken.register.ControlStatus;
import se.lishandboken.register.Framework;
import se.lishandboken.register.Register;
import se.lishandboken.review.SoaStatus;

/**
 * The Statement of Applicability as its page, its PDF and its CSV read it: one row per control, in the
 * order of {@code data/controls.json}, with the sections that implement it.
 *
 * @param rows the controls
 * @param counts how many applicable controls have each status, and how many do not apply; null if there are no controls
 */
public record SoaView(List<Row> rows, SoaStatus counts) {
    /** The page type of the Statement of Applicability's page. */
    public static final String PAGE_TYPE = Page.SOA_TYPE;

    /**
     * One control.
     *
     * @param control the control as the register has it
     * @param framework its framework's title
     * @param title its short title from the catalogue
     * @param theme its theme from the catalogue, or null
     * @param status its latest status, or null if it has none
     * @param responsible the responsible role's name, or null
     * @param sections the handbook's sections that implement it
     */
    public record Row(Control control, String framework, String title, String theme, ControlStatus status, String responsible,
            List<ControlCoverage.Implementing> sections) {

        /** The row's anchor on the page, e.g. {@code kontroll-5-15} or {@code kontroll-klassa-k1}. */
        public String anchor() {
            return anchorOf(control.key());
        }

        /** The anchor of a control's row, from its key. */
        public static String anchorOf(String key) {
            return "kontroll-" + key.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
        }

        /** The key of its status's UI text, e.g. {@code soa.status.partly}; {@code soa.status.not-applicable} if it does not apply. */
        public String statusKey() {
            if (!control.applicable()) {
                return "soa.status.not-applicable";
            }
            return "soa.status." + (status == null ? "none" : status.status().dataName());
        }

        public LocalDate statusDate() {
            return status == null ? null : status.date();
        }
    }

    /** The statement of {@code register}, with the sections of {@code pages} that implement its controls. */
    public static SoaView of(Register register, List<Page> pages) {
        Map<String, List<ControlCoverage.Implementing>> implementing = ControlCoverage.of(pages);
        List<Row> rows = register.controls().stream().map(control -> {
            CatalogueControl entry = register.frameworks().control(control).orElse(null);
            String framework = register.frameworks().framework(control.framework()).map(Framework::shownTitle).orElse(control.framework());
            String responsible = control.responsible() == null ? null
                    : register.organisation().role(control.responsible()).map(role -> role.name()).orElse(control.responsible());
            return new Row(control, framework, entry == null ? "" : entry.title(), entry == null ? null : entry.theme(),
                    control.status().orElse(null), responsible, implementing.getOrDefault(control.key(), List.of()));
        }).toList();
        return new SoaView(rows, SoaStatus.of(register.controls()));
    }

    /** The themes of the controls, in their order, for the page's filter. */
    public List<String> themes() {
        return rows.stream().map(Row::theme).filter(java.util.Objects::nonNull).distinct().toList();
    }
}
