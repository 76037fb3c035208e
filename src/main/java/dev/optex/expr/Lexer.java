package dev.optex.expr;

import dev.optex.expr.Token.Kind;
import java.util.ArrayList;
import java.util.List;

/** Splits the source into tokens; spaces, tabs and line breaks separate tokens and are otherwise ignored. */
final class Lexer {
    private static final String UNSUPPORTED_OPERATORS = "%<>=!~&|^";

    private Lexer() {
    }

    /** The tokens of {@code src}, ending with an END token one column past the end. */
    static List<Token> tokenize(String src) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < src.length()) {
            char c = src.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (isDigit(c) || (c == '.' && i + 1 < src.length() && isDigit(src.charAt(i + 1)))) {
                Token number = NumberLiteral.scan(src, i);
                tokens.add(number);
                i += number.text().length();
            } else if (Character.isLetter(c) || c == '_') {
                int end = i + 1;
                while (end < src.length() && (Character.isLetterOrDigit(src.charAt(end)) || src.charAt(end) == '_')) {
                    end++;
                }
                tokens.add(new Token(Kind.NAME, src.substring(i, end), i + 1, null));
                i = end;
            } else {
                Token op = operator(src, i);
                tokens.add(op);
                i += op.text().length();
            }
        }
        tokens.add(new Token(Kind.END, "", src.length() + 1, null));
        return tokens;
    }

    private static Token operator(String src, int i) {
        char c = src.charAt(i);
        boolean doubled = i + 1 < src.length() && src.charAt(i + 1) == c;
        if (c == '*' && doubled) {
            return new Token(Kind.DOUBLE_STAR, "**", i + 1, null);
        }
        if (c == '/' && doubled) {
            throw new ExprException(src, i + 1, "unsupported operator '//'", "use / (true division)");
        }
        Kind kind = single(c);
        if (kind != null) {
            return new Token(kind, String.valueOf(c), i + 1, null);
        }
        if (UNSUPPORTED_OPERATORS.indexOf(c) >= 0) {
            throw new ExprException(src, i + 1, "unsupported operator '" + c + "'");
        }
        throw new ExprException(src, i + 1, "unexpected character " + quote(c));
    }

    private static Kind single(char c) {
        switch (c) {
            case '+': return Kind.PLUS;
            case '-': return Kind.MINUS;
            case '*': return Kind.STAR;
            case '/': return Kind.SLASH;
            case '@': return Kind.AT;
            case '(': return Kind.LPAREN;
            case ')': return Kind.RPAREN;
            case '[': return Kind.LBRACKET;
            case ']': return Kind.RBRACKET;
            case ',': return Kind.COMMA;
            case '.': return Kind.DOT;
            default: return null;
        }
    }

    /** {@code '$'}, or {@code U+0007} for characters that would not show. */
    private static String quote(char c) {
        return Character.isISOControl(c) || Character.isWhitespace(c) || Character.isSurrogate(c)
                ? String.format("U+%04X", (int) c) : "'" + c + "'";
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
