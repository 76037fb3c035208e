package dev.optex.ui.charts;

import java.awt.BasicStroke;

/** Dash patterns that tell runs (or components) apart without colour; lengths are multiples of the line width. */
public enum LineDash {
    SOLID(),
    DASHED(4, 2),
    DOTTED(1, 1.5f),
    DASH_DOT(5, 2, 1, 2),
    LONG_DASH(9, 3),
    DASH_DOT_DOT(5, 2, 1, 2, 1, 2);

    private final float[] pattern;

    LineDash(float... pattern) {
        this.pattern = pattern;
    }

    /** A stroke of this pattern, scaled to the line width so it keeps its look in projection mode. */
    BasicStroke stroke(float width) {
        if (pattern.length == 0) {
            return new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_BEVEL);
        }
        float[] dash = new float[pattern.length];
        for (int i = 0; i < dash.length; i++) {
            dash[i] = pattern[i] * width;
        }
        return new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_BEVEL, 10, dash, 0);
    }
}
