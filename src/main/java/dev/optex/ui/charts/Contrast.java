package dev.optex.ui.charts;

/**
 * WCAG 2.1 contrast between sRGB colours (packed 0xRRGGBB), and the nudge that makes a run colour readable on the
 * chart background: graphics need 3:1, and a projector loses more.
 */
final class Contrast {
    /** WCAG minimum for graphical objects and large text. */
    static final double GRAPHICS = 3.0;

    private Contrast() {
    }

    static double luminance(int rgb) {
        return 0.2126 * channel(rgb >> 16) + 0.7152 * channel(rgb >> 8) + 0.0722 * channel(rgb);
    }

    static double ratio(int a, int b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    /**
     * {@code rgb} unchanged when it reaches {@code minRatio} against {@code background}, otherwise mixed towards black
     * (on a light background) or white (on a dark one) just enough to reach it, so the hue stays recognisable.
     */
    static int ensure(int rgb, int background, double minRatio) {
        if (ratio(rgb, background) >= minRatio) {
            return rgb;
        }
        int target = luminance(background) > 0.18 ? 0x000000 : 0xFFFFFF;
        for (int step = 1; step <= 20; step++) {
            int mixed = mix(rgb, target, step / 20.0);
            if (ratio(mixed, background) >= minRatio) {
                return mixed;
            }
        }
        return target;
    }

    private static int mix(int a, int b, double f) {
        int out = 0;
        for (int shift = 0; shift <= 16; shift += 8) {
            int ca = a >> shift & 0xFF;
            int cb = b >> shift & 0xFF;
            out |= (int) Math.round(ca + (cb - ca) * f) << shift;
        }
        return out;
    }

    private static double channel(int c) {
        double v = (c & 0xFF) / 255.0;
        return v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }
}
