/**
 * The live charts of the explorer window: {@link dev.optex.ui.charts.LossChart} (loss against step, linear or log),
 * {@link dev.optex.ui.charts.TrajectoryChart} (chosen parameter components against step) and
 * {@link dev.optex.ui.charts.LandscapeChart} (heat map and contours of the loss over two coordinates with every run's
 * path), all fed from one {@link dev.optex.ui.charts.ChartContext}.
 *
 * <pre>{@code
 * ChartContext charts = new ChartContext();
 * LossChart loss = new LossChart(charts);
 * TrajectoryChart trajectory = new TrajectoryChart(charts);
 * LandscapeChart landscape = new LandscapeChart(charts);
 * charts.getRuns().setAll(new ChartRun("SGD lr=0.005", RunPalette.style(0), sgd.history(), List.of("a[0]", "a[1]")),
 *         new ChartRun("Adam lr=0.1", RunPalette.style(1), adam.history(), List.of("a[0]", "a[1]")));
 * landscape.setLandscape(0, 1, (xs, ys, out) -> ...);   // evaluated on a background thread
 * landscape.setOnPointClicked(p -> session.moveStart(p.getX(), p.getY()));
 * loss.logScaleProperty().bind(logToggle.selectedProperty());
 * charts.styleProperty().bind(projectionMode);          // ChartStyle(projection, highContrast)
 * charts.start();                                      // one update per animation frame
 * }</pre>
 *
 * <p>Threading: histories are appended to and the runs list changed on the FX thread; each animation frame the charts
 * read the rows added since the last frame and redraw at most once. Only the landscape grid is computed elsewhere.
 * Logic that needs no toolkit (decimation, contours, levels, ranges, colours) lives in package-private plain classes.
 */
package dev.optex.ui.charts;
