package dev.optex.ui;

import dev.optex.session.Run;
import dev.optex.ui.charts.RunPalette;
import java.util.List;
import java.util.Locale;
import javafx.scene.paint.Color;

/**
 * Runs' display colours and palette slots. Each run gets its own slot of {@link RunPalette} (colour, dash, marker)
 * while there are free ones: a run whose chosen colour is a palette colour holds that slot; the others take the free
 * slots in list order. So runs differ in dash and marker as well as colour, and new runs never repeat a style in use.
 */
public final class RunColors {
    private RunColors() {
    }

    /** The palette slot of every run, in list order. */
    public static int[] slots(List<Run> runs) {
        int n = RunPalette.COLORS.size();
        int[] slots = new int[runs.size()];
        boolean[] taken = new boolean[n];
        for (int i = 0; i < runs.size(); i++) {
            int s = paletteIndex(runs.get(i).color());
            slots[i] = s >= 0 && !taken[s] ? s : -1;
            if (slots[i] >= 0) {
                taken[s] = true;
            }
        }
        int next = 0;
        for (int i = 0; i < runs.size(); i++) {
            if (slots[i] < 0) {
                while (next < n && taken[next]) {
                    next++;
                }
                slots[i] = next < n ? next++ : i % n;
            }
        }
        return slots;
    }

    /** {@code #rrggbb} of run {@code index}: its chosen colour, or its slot's palette colour. */
    public static String of(List<Run> runs, int index) {
        Run run = runs.get(index);
        return run.color() != null ? run.color() : hex(RunPalette.COLORS.get(slots(runs)[index]));
    }

    /** The colour for a run added after {@code runs}: the first palette colour no run uses. */
    public static String forNewRun(List<Run> runs) {
        int n = RunPalette.COLORS.size();
        boolean[] used = new boolean[n];
        for (int s : slots(runs)) {
            used[s] = true;
        }
        for (int s = 0; s < n; s++) {
            if (!used[s]) {
                return hex(RunPalette.COLORS.get(s));
            }
        }
        return hex(RunPalette.COLORS.get(runs.size() % n));
    }

    /** {@code #RRGGBB} of a colour. */
    public static String hex(Color c) {
        return String.format(Locale.ROOT, "#%02X%02X%02X", Math.round(c.getRed() * 255),
                Math.round(c.getGreen() * 255), Math.round(c.getBlue() * 255));
    }

    private static int paletteIndex(String color) {
        if (color == null) {
            return -1;
        }
        for (int s = 0; s < RunPalette.COLORS.size(); s++) {
            if (hex(RunPalette.COLORS.get(s)).equalsIgnoreCase(color)) {
                return s;
            }
        }
        return -1;
    }
}
