package dev.optex.ui.charts;

/** The points of one displayed series, read by {@link SeriesDataset} in item order. */
interface SeriesSource {
    int itemCount();

    double x(int item);

    double y(int item);
}
