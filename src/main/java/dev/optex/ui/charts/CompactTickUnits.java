package dev.optex.ui.charts;

import java.io.Serializable;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.NumberTickUnitSource;
import org.jfree.chart.axis.TickUnit;
import org.jfree.chart.axis.TickUnitSource;

/**
 * JFreeChart's 1-2-5 tick units with readable labels ({@link NumberText#forStep}): plain decimals with just the
 * digits the unit needs ({@code 0.25}, {@code 1.0000002} on a tiny range, {@code 1000000.5}), scientific only when
 * that would be long ({@code -2e+190}), never {@code 5.3E1} or the same label twice. The axis measures its labels
 * with the same text, so the spacing it picks fits them.
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

    /** One unit: JFreeChart's size, our labels. */
    private static final class Unit extends NumberTickUnit {
        private static final long serialVersionUID = 1L;

        private final NumberTickUnit inner;

        Unit(NumberTickUnit inner) {
            super(inner.getSize());
            this.inner = inner;
        }

        @Override
        public String valueToString(double value) {
            // ticks are multiples of the unit: a value that is one up to rounding is printed as that multiple
            double snapped = Math.rint(value / getSize()) * getSize();
            return NumberText.forStep(Math.abs(snapped - value) < getSize() * 1e-6 ? snapped : value, getSize());
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
