package dev.optex.ui.bench;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** {@code --seconds S}: a decimal number of seconds above 0 and at most {@link #MAX_SECONDS} ({@code 2}, {@code 0.5}). */
final class SecondsConverter implements ITypeConverter<Double> {
    static final double MAX_SECONDS = 3600;

    @Override
    public Double convert(String value) {
        try {
            double s = Double.parseDouble(value.strip());
            if (s > 0 && s <= MAX_SECONDS && !value.strip().matches("(?i).*[a-z].*")) {
                return s;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new TypeConversionException("'" + value + "' is not a number of seconds (above 0, at most "
                + (int) MAX_SECONDS + ", e.g. 10 or 0.5)");
    }
}
