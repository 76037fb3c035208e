package dev.optex.expr;

/** One lexical token: its kind, its source text, its 1-based column, and for numbers the literal's value. */
record Token(Kind kind, String text, int column, Value number) {

    enum Kind {
        NUMBER, NAME, PLUS, MINUS, STAR, SLASH, AT, DOUBLE_STAR, LPAREN, RPAREN, LBRACKET, RBRACKET, COMMA, DOT, END
    }

    boolean is(Kind k) {
        return kind == k;
    }

    /** How messages name the token: {@code name 'b'}, {@code number '2'}, {@code '*'}, {@code end of input}. */
    String describe() {
        switch (kind) {
            case NUMBER: return "number '" + text + "'";
            case NAME: return "name '" + text + "'";
            case END: return "end of input";
            default: return "'" + text + "'";
        }
    }
}
