package dev.optex.expr;

import dev.optex.expr.Value.FloatValue;
import dev.optex.expr.Value.IntValue;
import java.math.BigInteger;

/**
 * Scans a Python number literal: decimal ints (no leading zeros), {@code 0x}/{@code 0o}/{@code 0b} ints, floats
 * ({@code 1.}, {@code .5}, {@code 1e-3}), with single underscores between digits. A literal running straight into
 * a letter, digit, underscore or dot ({@code 1e}, {@code 1.2.3}, {@code 012}, {@code 1j}) is a bad literal.
 */
final class NumberLiteral {
    private final String src;
    private final int start;
    private int pos;

    private NumberLiteral(String src, int start) {
        this.src = src;
        this.start = start;
        this.pos = start;
    }

    /** Scans the literal starting at {@code start} (a digit, or a dot before a digit). */
    static Token scan(String src, int start) {
        return new NumberLiteral(src, start).scan();
    }

    private Token scan() {
        if (peek() == '0' && "xXoObB".indexOf(peek(1)) >= 0) {
            int radix = radix(peek(1));
            pos += 2;
            boolean ok = digits(radix, true);
            return finish(ok, false, radix, 2);
        }
        boolean ok = peek() == '.' || digits(10, false);
        boolean isFloat = false;
        if (ok && peek() == '.') {
            isFloat = true;
            pos++;
            if (isDigit(peek(), 10)) {
                ok = digits(10, false);
            }
        }
        if (ok && (peek() == 'e' || peek() == 'E')) {
            isFloat = true;
            pos++;
            if (peek() == '+' || peek() == '-') {
                pos++;
            }
            ok = digits(10, false);
        }
        return finish(ok, isFloat, 10, 0);
    }

    /** digit (['_'] digit)*; with {@code leadingUnderscore} an underscore may come first ({@code 0x_1f}). */
    private boolean digits(int radix, boolean leadingUnderscore) {
        if (leadingUnderscore && peek() == '_') {
            pos++;
        }
        if (!isDigit(peek(), radix)) {
            return false;
        }
        while (true) {
            while (isDigit(peek(), radix)) {
                pos++;
            }
            if (peek() != '_') {
                return true;
            }
            pos++;
            if (!isDigit(peek(), radix)) {
                return false;
            }
        }
    }

    private Token finish(boolean ok, boolean isFloat, int radix, int prefix) {
        boolean runsOn = Character.isLetterOrDigit(peek()) || peek() == '_' || peek() == '.';
        String clean = src.substring(start + prefix, pos).replace("_", "");
        boolean leadingZeros = !isFloat && radix == 10 && clean.length() > 1 && clean.charAt(0) == '0'
                && !clean.chars().allMatch(c -> c == '0');
        if (!ok || runsOn || leadingZeros) {
            while (Character.isLetterOrDigit(peek()) || peek() == '_' || peek() == '.') {
                pos++;
            }
            String text = src.substring(start, pos);
            throw new ExprException(src, start + 1, "bad number literal '" + text + "'", hint(text, leadingZeros));
        }
        String text = src.substring(start, pos);
        Value value = isFloat ? new FloatValue(Double.parseDouble(clean)) : new IntValue(new BigInteger(clean, radix));
        return new Token(Token.Kind.NUMBER, text, start + 1, value);
    }

    private static String hint(String text, boolean leadingZeros) {
        if (leadingZeros) {
            return "leading zeros are not allowed in Python ints (write 0o17 for octal)";
        }
        char last = text.charAt(text.length() - 1);
        return last == 'j' || last == 'J' ? "complex numbers are not supported" : null;
    }

    private char peek() {
        return peek(0);
    }

    private char peek(int ahead) {
        return pos + ahead < src.length() ? src.charAt(pos + ahead) : 0;
    }

    private static int radix(char c) {
        switch (Character.toLowerCase(c)) {
            case 'x': return 16;
            case 'o': return 8;
            default: return 2;
        }
    }

    private static boolean isDigit(char c, int radix) {
        return c < 128 && Character.digit(c, radix) >= 0;
    }
}
