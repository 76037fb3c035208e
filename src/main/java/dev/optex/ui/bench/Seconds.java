package dev.optex.ui.bench;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * bench-ui's durations: decimal numbers of seconds up to an hour ({@code 10}, {@code 0.5}); no exponents, no words
 * ({@code NaN}, {@code 1e3}, {@code 2d} are refused although Java would parse them).
 */
final class Seconds {
    static final double MAX = 3600;

    private Seconds() {
    }

    /** {@code --seconds}: above 0. */
    static final class Positive implements ITypeConverter<Double> {
        @Override
        public Double convert(String value) {
            return parse(value, false);
        }
    }

    /** {@code --warmup}: 0 or more. */
    static final class NonNegative implements ITypeConverter<Double> {
        @Override
        public Double convert(String value) {
            return parse(value, true);
        }
    }

    static double parse(String value, boolean zero) {
        String v = value.strip();
        if (v.matches("[+]?(\\d+\\.?\\d*|\\.\\d+)")) {
            double s = Double.parseDouble(v);
            if ((s > 0 || zero && s == 0) && s <= MAX) {
                return s;
            }
        }
        throw new TypeConversionException("'" + value + "' is not a number of seconds (" + (zero ? "0" : "above 0")
                + " to " + (int) MAX + ", e.g. 10 or 0.5)");
    }
}
