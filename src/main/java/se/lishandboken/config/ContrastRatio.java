package se.lishandboken.config;

/** The WCAG 2.1 contrast ratio of two sRGB colours written {@code #rrggbb}. */
final class ContrastRatio {
    /** WCAG 2.1 AA for normal text (success criterion 1.4.3). */
    static final double AA_TEXT = 4.5;
    /** WCAG 2.1 1.4.11: graphical objects such as chart segments. */
    static final double AA_GRAPHICS = 3.0;

    private ContrastRatio() {
    }

    static double of(String first, String second) {
        double a = luminance(first);
        double b = luminance(second);
        return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    }

    private static double luminance(String hex) {
        int rgb = Integer.parseInt(hex.substring(1), 16);
        return 0.2126 * channel(rgb >> 16) + 0.7152 * channel(rgb >> 8) + 0.0722 * channel(rgb);
    }

    private static double channel(int value) {
        double c = (value & 0xff) / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
