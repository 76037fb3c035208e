package dev.optex.ui.charts;

import dev.optex.session.RunHistory;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every run's path over two chosen components, thinned for display ({@link PathDecimator}), with its current point
 * and the common start point, plus the automatic landscape range around them. Fed incrementally each frame; plain
 * code, no toolkit.
 */
final class RunPaths {
    /** Paths are thinned to about this many distinct positions per axis length. */
    static final double RESOLUTION = 2000;

    private final List<Track> tracks = new ArrayList<>();
    private int xComponent;
    private int yComponent = 1;
    private double tolX = -1;
    private double tolY = -1;

    /** Follows these runs over components x and y; paths of histories already followed are kept. */
    void setRuns(List<ChartRun> runs, int x, int y) {
        Map<RunHistory, Track> old = new IdentityHashMap<>();
        boolean sameAxes = x == xComponent && y == yComponent;
        for (Track track : tracks) {
            old.put(track.feed.history(), track);
        }
        tracks.clear();
        xComponent = x;
        yComponent = y;
        for (ChartRun run : runs) {
            Track track = sameAxes ? old.get(run.history()) : null;
            tracks.add(track != null ? track.of(run) : new Track(run));
        }
    }

    int size() {
        return tracks.size();
    }

    /** The thinned path of the i-th run. */
    SeriesSource path(int i) {
        return tracks.get(i).path;
    }

    /** The newest finite point of the i-th run (empty before its first row). */
    SeriesSource current(int i) {
        return tracks.get(i).current;
    }

    /** The start point: row 0 of the first run with rows (all runs start from the same parameters). */
    SeriesSource start() {
        return new SeriesSource() {
            @Override
            public int itemCount() {
                return first() == null ? 0 : 1;
            }

            @Override
            public double x(int item) {
                return first().startX;
            }

            @Override
            public double y(int item) {
                return first().startY;
            }
        };
    }

    private Track first() {
        for (Track track : tracks) {
            if (!Double.isNaN(track.startX)) {
                return track;
            }
        }
        return null;
    }

    /** Reads new rows; true when a path changed. */
    boolean feed() {
        boolean changed = false;
        for (Track track : tracks) {
            changed |= track.feed.feed(track);
        }
        return changed;
    }

    /**
     * Re-thins every path for the shown range when its scale changed by more than a factor of two since the last
     * thinning (zooming in needs finer paths, zooming out can drop points); true if it did.
     */
    boolean fitTolerance(LandscapeRange shown) {
        double wantX = shown.width() / RESOLUTION;
        double wantY = shown.height() / RESOLUTION;
        if (tolX > 0 && wantX / tolX < 2 && tolX / wantX < 2 && wantY / tolY < 2 && tolY / wantY < 2) {
            return false;
        }
        tolX = wantX;
        tolY = wantY;
        for (Track track : tracks) {
            track.feed.rewind();
            track.feed.feed(track);
        }
        return true;
    }

    /**
     * The range around the start point and the paths when a fit is forced, nothing is shown yet, or a current point
     * left the shown range; otherwise (or with no points) null. A diverged run contributes only its start: its last
     * finite points can be astronomically far away.
     */
    LandscapeRange fit(boolean force, LandscapeRange shown, double pixelAspect) {
        double minX = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        boolean outside = false;
        for (Track track : tracks) {
            PathDecimator p = track.path;
            if (p.isEmpty()) {
                continue;
            }
            boolean diverged = track.run.divergedAtStep() != null;
            minX = Math.min(minX, diverged ? track.startX : p.minX());
            maxX = Math.max(maxX, diverged ? track.startX : p.maxX());
            minY = Math.min(minY, diverged ? track.startY : p.minY());
            maxY = Math.max(maxY, diverged ? track.startY : p.maxY());
            outside |= !diverged && shown != null && !shown.contains(p.lastX(), p.lastY());
        }
        if (minX > maxX || !(force || outside || shown == null)) {
            return null;
        }
        return LandscapeRange.around(minX, maxX, minY, maxY, pixelAspect);
    }

    /** "SGD at (0.5, 1.2)." for each run with a point, for screen readers. */
    String positions() {
        StringBuilder text = new StringBuilder();
        for (Track track : tracks) {
            if (!track.path.isEmpty()) {
                text.append(' ').append(track.run.legendLabel()).append(" at (")
                        .append(StepPlot.format(track.path.lastX())).append(", ")
                        .append(StepPlot.format(track.path.lastY())).append(").");
            }
        }
        return text.toString();
    }

    /** One run's path and the feed that fills it. */
    private final class Track implements RunFeed.Sink {
        private final RunFeed feed;
        private final PathDecimator path;
        private final SeriesSource current;
        private ChartRun run;
        private double startX = Double.NaN;
        private double startY = Double.NaN;

        Track(ChartRun run) {
            this.run = run;
            feed = new RunFeed(run.history(), false);
            path = new PathDecimator();
            current = new SeriesSource() {
                @Override
                public int itemCount() {
                    return path.isEmpty() ? 0 : 1;
                }

                @Override
                public double x(int item) {
                    return path.lastX();
                }

                @Override
                public double y(int item) {
                    return path.lastY();
                }
            };
        }

        /** This track for a replaced run record (new label, style or divergence) of the same history. */
        Track of(ChartRun newRun) {
            run = newRun;
            return this;
        }

        @Override
        public void restart() {
            path.reset(Math.max(tolX, 0), Math.max(tolY, 0));
            startX = Double.NaN;
            startY = Double.NaN;
        }

        @Override
        public void row(int row) {
            RunHistory h = feed.history();
            if (xComponent >= h.components() || yComponent >= h.components()) {
                return;
            }
            double vx = h.value(row, xComponent);
            double vy = h.value(row, yComponent);
            if (row == 0) {
                startX = vx;
                startY = vy;
            }
            path.add(vx, vy);
        }
    }
}
