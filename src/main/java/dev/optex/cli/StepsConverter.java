package dev.optex.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** {@code --steps N}: a whole number from 0 to 10,000,000. */
final class StepsConverter implements ITypeConverter<Integer> {
    static final int MAX_STEPS = 10_000_000;

    @Override
    public Integer convert(String value) {
        try {
            int n = Integer.parseInt(value.strip());
            if (n >= 0 && n <= MAX_STEPS) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new TypeConversionException("'" + value + "' is not a number of steps (a whole number from 0 to "
                + MAX_STEPS + ")");
    }
}
