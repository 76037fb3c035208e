package dev.optex.ui.charts;

/**
 * Viridis, the perceptually uniform colour map that reads in grey scale and for the common colour-vision deficiencies,
 * as a 256-entry lookup table interpolated from ten published anchors (R viridisLite {@code viridis(10)}). Dark is
 * low, yellow is high, so the minimum of a loss is the darkest spot.
 */
final class ColorMap {
    /** Neutral mid grey for cells where the loss is not a finite number (log of a negative, overflow). */
    static final int NAN_ARGB = 0xFF9E9E9E;
    private static final int[] ANCHORS = {
        0x440154, 0x482878, 0x3E4A89, 0x31688E, 0x26828E, 0x1F9E89, 0x35B779, 0x6DCD59, 0xB4DE2C, 0xFDE725,
    };
    private static final int[] LUT = buildLut();

    private ColorMap() {
    }

    /** Opaque ARGB colour for a position in [0, 1]; NaN gives {@link #NAN_ARGB}. */
    static int argb(double u) {
        if (Double.isNaN(u)) {
            return NAN_ARGB;
        }
        int i = (int) Math.round(Math.max(0, Math.min(1, u)) * (LUT.length - 1));
        return LUT[i];
    }

    private static int[] buildLut() {
        int[] lut = new int[256];
        for (int i = 0; i < lut.length; i++) {
            double t = i / 255.0 * (ANCHORS.length - 1);
            int a = Math.min((int) t, ANCHORS.length - 2);
            double f = t - a;
            lut[i] = 0xFF000000 | mix(ANCHORS[a], ANCHORS[a + 1], f, 16) | mix(ANCHORS[a], ANCHORS[a + 1], f, 8)
                    | mix(ANCHORS[a], ANCHORS[a + 1], f, 0);
        }
        return lut;
    }

    private static int mix(int c0, int c1, double f, int shift) {
        int v0 = c0 >> shift & 0xFF;
        int v1 = c1 >> shift & 0xFF;
        return (int) Math.round(v0 + (v1 - v0) * f) << shift;
    }
}
