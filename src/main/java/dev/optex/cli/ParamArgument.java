package dev.optex.cli;

import dev.optex.autograd.DType;
import dev.optex.autograd.Tensor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * A {@code --param NAME=VALUE} argument: VALUE is a number ({@code 1.5}, {@code -2e-3}, {@code nan}, {@code inf},
 * {@code -inf}; a 0-D tensor) or a bracketed list ({@code [2.0,3.0]}; nested lists of equal length for 2-D and up).
 * Numbers are read as Python floats (doubles) and cast to the dtype when the tensor is made.
 */
record ParamArgument(String name, double[] values, int[] shape) {
    private static final int MAX_DIMS = 16;

    /** The leaf tensor {@code torch.tensor(VALUE, dtype=dtype)}. */
    Tensor toTensor(DType dtype) {
        return Tensor.of(dtype, values, shape);
    }

    /** picocli's converter: bad syntax is a usage error (exit 2). */
    static final class Converter implements ITypeConverter<ParamArgument> {
        @Override
        public ParamArgument convert(String arg) {
            int eq = arg.indexOf('=');
            if (eq < 0) {
                throw new TypeConversionException("expected NAME=VALUE but got '" + arg + "'");
            }
            String name = arg.substring(0, eq).trim();
            if (!isIdentifier(name)) {
                throw new TypeConversionException("'" + name + "' is not a valid parameter name in '" + arg + "'");
            }
            Reader r = new Reader(arg.substring(eq + 1), arg);
            return r.read(name);
        }

        private static boolean isIdentifier(String s) {
            if (s.isEmpty() || !(Character.isLetter(s.charAt(0)) || s.charAt(0) == '_')) {
                return false;
            }
            return s.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '_');
        }
    }

    /** Reads a number or a (nested) bracketed list of numbers. */
    private static final class Reader {
        private final String s;
        private final String arg;
        private final List<Double> values = new ArrayList<>();
        private int pos;

        Reader(String s, String arg) {
            this.s = s;
            this.arg = arg;
        }

        ParamArgument read(String name) {
            skipSpaces();
            int[] shape = peek() == '[' ? list(0) : new int[0];
            if (shape.length == 0) {
                values.add(number());
            }
            skipSpaces();
            if (pos < s.length()) {
                throw fail("unexpected '" + s.charAt(pos) + "'");
            }
            return new ParamArgument(name, values.stream().mapToDouble(Double::doubleValue).toArray(), shape);
        }

        /** A list at nesting {@code depth}; returns its shape. */
        private int[] list(int depth) {
            if (depth == MAX_DIMS) {
                throw fail("more than " + MAX_DIMS + " dimensions");
            }
            pos++; // '['
            skipSpaces();
            int[] inner = null;
            int count = 0;
            while (peek() != ']') {
                int[] element;
                if (peek() == '[') {
                    element = list(depth + 1);
                } else {
                    values.add(number());
                    element = new int[0];
                }
                if (inner != null && !Arrays.equals(inner, element)) {
                    throw fail("the nested lists have different lengths");
                }
                inner = element;
                count++;
                skipSpaces();
                if (peek() == ',') {
                    pos++;
                    skipSpaces();
                } else if (peek() != ']') {
                    throw fail(pos < s.length() ? "expected ',' or ']' at '" + s.charAt(pos) + "'" : "missing ']'");
                }
            }
            pos++; // ']'
            int[] shape = new int[1 + (inner == null ? 0 : inner.length)];
            shape[0] = count;
            if (inner != null) {
                System.arraycopy(inner, 0, shape, 1, inner.length);
            }
            return shape;
        }

        /** A Python float literal as {@code float()} reads it: decimal or scientific, nan, inf, -inf. */
        private double number() {
            int start = pos;
            while (pos < s.length() && ",[] \t".indexOf(s.charAt(pos)) < 0) {
                pos++;
            }
            String text = s.substring(start, pos);
            if (!isFloatLiteral(text)) {
                throw fail(text.isEmpty() ? "missing number" : "'" + text + "' is not a number");
            }
            String lower = text.toLowerCase(Locale.ROOT);
            if (lower.endsWith("nan")) {
                return Double.NaN;
            }
            if (lower.endsWith("inf") || lower.endsWith("infinity")) {
                return lower.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
            }
            return Double.parseDouble(text);
        }

        private static boolean isFloatLiteral(String t) {
            String u = t.startsWith("+") || t.startsWith("-") ? t.substring(1) : t;
            String lower = u.toLowerCase(Locale.ROOT);
            if (lower.equals("nan") || lower.equals("inf") || lower.equals("infinity")) {
                return true;
            }
            int intDigits = digitsFrom(u, 0);
            int i = intDigits;
            int fractionDigits = 0;
            if (i < u.length() && u.charAt(i) == '.') {
                fractionDigits = digitsFrom(u, i + 1);
                i += 1 + fractionDigits;
            }
            if (intDigits + fractionDigits == 0) {
                return false;
            }
            if (i < u.length() && (u.charAt(i) == 'e' || u.charAt(i) == 'E')) {
                i++;
                if (i < u.length() && (u.charAt(i) == '+' || u.charAt(i) == '-')) {
                    i++;
                }
                int exponentDigits = digitsFrom(u, i);
                if (exponentDigits == 0) {
                    return false;
                }
                i += exponentDigits;
            }
            return i == u.length();
        }

        /** The number of ASCII digits in {@code u} starting at {@code from}. */
        private static int digitsFrom(String u, int from) {
            int i = from;
            while (i < u.length() && u.charAt(i) >= '0' && u.charAt(i) <= '9') {
                i++;
            }
            return i - from;
        }

        private char peek() {
            return pos < s.length() ? s.charAt(pos) : 0;
        }

        private void skipSpaces() {
            while (pos < s.length() && (s.charAt(pos) == ' ' || s.charAt(pos) == '\t')) {
                pos++;
            }
        }

        private TypeConversionException fail(String problem) {
            return new TypeConversionException("bad value in '" + arg + "': " + problem);
        }
    }
}
