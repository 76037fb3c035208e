package dev.optex.ui.charts;

import java.io.Serializable;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.NumberTickUnitSource;
import org.jfree.chart.axis.TickUnit;
import org.jfree.chart.axis.TickUnitSource;

/**
 * JFreeChart's 1-2-5 tick units with readable labels at the extremes: "0" and "-2e+190" instead of "0E0" and
 * "-2E190". In between, each unit keeps JFreeChart's own format, which has just the decimals the unit needs (so the
 * axis still estimates label widths right and picks sensible spacing).
 */
final class CompactTickUnits implements TickUnitSource, Serializable {
    private static final long serialVersionUID = 1L;

    private final NumberTickUnitSource source = new NumberTickUnitSource();

    @Override
    public TickUnit getLargerTickUnit(TickUnit unit) {
        return wrap(source.getLargerTickUnit(unwrap(unit)));
    }

    @Override
    public TickUnit getCeilingTickUnit(TickUnit unit) {
        return wrap(source.getCeilingTickUnit(unwrap(unit)));
    }

    @Override
    public TickUnit getCeilingTickUnit(double size) {
        return wrap(source.getCeilingTickUnit(size));
    }

    private static TickUnit unwrap(TickUnit unit) {
        return unit instanceof Unit ? ((Unit) unit).inner : unit;
    }

    private static TickUnit wrap(TickUnit unit) {
        return new Unit((NumberTickUnit) unit);
    }

    /** One unit: JFreeChart's label between 0.001 and 100000 in magnitude, compact scientific outside. */
    private static final class Unit extends NumberTickUnit {
        private static final long serialVersionUID = 1L;

        private final NumberTickUnit inner;

        Unit(NumberTickUnit inner) {
            super(inner.getSize());
            this.inner = inner;
        }

        @Override
        public String valueToString(double value) {
            double a = Math.abs(value);
            if (a == 0) {
                return "0";
            }
            return a >= 1e5 || a < 1e-3 ? NumberText.compact(value) : inner.valueToString(value);
        }

        @Override
        public boolean equals(Object obj) {
            return obj instanceof Unit && ((Unit) obj).inner.equals(inner);
        }

        @Override
        public int hashCode() {
            return inner.hashCode();
        }
    }
}
