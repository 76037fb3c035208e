package dev.optex.expr;

import dev.optex.expr.Token.Kind;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Recursive descent over Python's expression grammar (the subset the language has):
 * <pre>
 * sum     := term (('+' | '-') term)*
 * term    := factor (('*' | '/' | '@') factor)*
 * factor  := ('+' | '-')* power
 * power   := postfix ('**' ('+' | '-')* postfix)*          right-associative
 * postfix := primary ('[' sum ']' | '.' NAME | '.' NAME '(' args ')')*
 * primary := NUMBER | NAME | ['torch' '.'] NAME '(' args ')' | '(' sum ')'
 * </pre>
 * Repetition is parsed with loops; only brackets recurse, and {@link #checkBrackets} has bounded their depth.
 */
final class Parser {
    private final String src;
    private final List<Token> tokens;
    private final Set<String> names = new LinkedHashSet<>();
    private int pos;

    private Parser(String src, List<Token> tokens) {
        this.src = src;
        this.tokens = tokens;
    }

    /** The parsed tree of {@code src} and the free names it uses in order of first use. */
    static Expression parse(String src) {
        Parser p = new Parser(src, Lexer.tokenize(src));
        p.checkBrackets();
        if (p.peek().is(Kind.END)) {
            throw new ExprException(src, 1, "empty expression");
        }
        AstNode root = p.sum();
        if (!p.peek().is(Kind.END)) {
            throw p.unexpected(null);
        }
        return new Expression(src, root, List.copyOf(p.names), p.operations());
    }

    /** Tokens that compute something (operators, calls, indexing, methods): an upper bound on the ops evaluated. */
    private int operations() {
        int n = 0;
        for (Token t : tokens) {
            switch (t.kind()) {
                case PLUS, MINUS, STAR, SLASH, AT, DOUBLE_STAR, LPAREN, LBRACKET, DOT -> n++;
                default -> { }
            }
        }
        return n;
    }

    /** Reports unbalanced or too deeply nested brackets before parsing, with the column of the culprit. */
    private void checkBrackets() {
        Deque<Token> open = new ArrayDeque<>();
        for (Token t : tokens) {
            if (t.is(Kind.LPAREN) || t.is(Kind.LBRACKET)) {
                open.push(t);
                if (open.size() > ExprLimits.MAX_DEPTH) {
                    throw new ExprException(src, t.column(), "expression nested too deeply",
                            "the limit is " + ExprLimits.MAX_DEPTH + " levels of brackets");
                }
            } else if (t.is(Kind.RPAREN) || t.is(Kind.RBRACKET)) {
                String what = t.is(Kind.RPAREN) ? "parenthesis" : "bracket";
                if (open.isEmpty()) {
                    throw new ExprException(src, t.column(), "unbalanced " + what + " '" + t.text() + "'",
                            "there is no matching opening one");
                }
                Token o = open.pop();
                if (o.is(Kind.LPAREN) != t.is(Kind.RPAREN)) {
                    throw new ExprException(src, t.column(), "unbalanced " + what + " '" + t.text() + "'",
                            "it does not match '" + o.text() + "' at column " + o.column());
                }
            }
        }
        if (!open.isEmpty()) {
            Token o = open.pop();
            throw new ExprException(src, o.column(), "unbalanced " + (o.is(Kind.LPAREN) ? "parenthesis" : "bracket")
                    + " '" + o.text() + "'", "it is never closed");
        }
    }

    private AstNode sum() {
        return chain(true);
    }

    private AstNode term() {
        return chain(false);
    }

    /** A left-associative chain of the additive ({@code additive}) or multiplicative operators. */
    private AstNode chain(boolean additive) {
        AstNode first = additive ? term() : factor();
        List<AstNode> operands = null;
        List<BinaryOperator> ops = new ArrayList<>();
        List<Integer> columns = new ArrayList<>();
        BinaryOperator op;
        while ((op = binaryOperator(peek(), additive)) != null) {
            Token t = next();
            if (operands == null) {
                operands = new ArrayList<>();
                operands.add(first);
            }
            ops.add(op);
            columns.add(t.column());
            operands.add(additive ? term() : factor());
        }
        if (operands == null) {
            return first;
        }
        return new BinaryChain(operands.toArray(new AstNode[0]), ops.toArray(new BinaryOperator[0]),
                columns.stream().mapToInt(Integer::intValue).toArray());
    }

    private static BinaryOperator binaryOperator(Token t, boolean additive) {
        switch (t.kind()) {
            case PLUS: return additive ? BinaryOperator.ADD : null;
            case MINUS: return additive ? BinaryOperator.SUB : null;
            case STAR: return additive ? null : BinaryOperator.MUL;
            case SLASH: return additive ? null : BinaryOperator.DIV;
            case AT: return additive ? null : BinaryOperator.MATMUL;
            default: return null;
        }
    }

    private AstNode factor() {
        UnaryOperator[] signs = signs();
        AstNode power = power();
        return signs.length == 0 ? power : new UnaryChain(signs, power);
    }

    private UnaryOperator[] signs() {
        List<UnaryOperator> signs = new ArrayList<>();
        while (peek().is(Kind.PLUS) || peek().is(Kind.MINUS)) {
            signs.add(next().is(Kind.PLUS) ? UnaryOperator.POS : UnaryOperator.NEG);
        }
        return signs.toArray(new UnaryOperator[0]);
    }

    private AstNode power() {
        AstNode first = postfix();
        if (!peek().is(Kind.DOUBLE_STAR)) {
            return first;
        }
        List<AstNode> operands = new ArrayList<>(List.of(first));
        List<UnaryOperator[]> signs = new ArrayList<>();
        signs.add(new UnaryOperator[0]);
        List<Integer> columns = new ArrayList<>();
        while (peek().is(Kind.DOUBLE_STAR)) {
            columns.add(next().column());
            signs.add(signs());
            operands.add(postfix());
        }
        return new PowerChain(operands.toArray(new AstNode[0]), signs.toArray(new UnaryOperator[0][]),
                columns.stream().mapToInt(Integer::intValue).toArray());
    }

    private AstNode postfix() {
        AstNode base = primary();
        List<Postfix.Suffix> suffixes = new ArrayList<>();
        while (peek().is(Kind.LBRACKET) || peek().is(Kind.DOT)) {
            suffixes.add(next().is(Kind.LBRACKET) ? index() : attribute());
        }
        return suffixes.isEmpty() ? base : new Postfix(base, suffixes.toArray(new Postfix.Suffix[0]));
    }

    private Postfix.Suffix index() {
        int column = previous().column();
        AstNode index = sum();
        if (peek().is(Kind.COMMA)) {
            throw new ExprException(src, peek().column(), "multi-dimensional index not supported",
                    "write m[0][1] instead of m[0, 1]");
        }
        expect(Kind.RBRACKET, "']'");
        return new Postfix.Index(index, column);
    }

    private Postfix.Suffix attribute() {
        Token dot = previous();
        Token name = peek();
        if (!name.is(Kind.NAME)) {
            throw new ExprException(src, dot.column(), "missing name after '.'");
        }
        next();
        TorchFunction f = TorchFunction.named(name.text());
        boolean called = peek().is(Kind.LPAREN);
        if (f != null && called) {
            next();
            return new Postfix.Method(f, arguments(f, name, 1));
        }
        if (f == null && !called && name.text().equals("grad")) {
            return new Postfix.Grad();
        }
        if (f != null) {
            throw new ExprException(src, name.column(), "method '" + f.functionName() + "' must be called",
                    "write ." + f.functionName() + "()");
        }
        String known = called ? "known methods: " + TorchFunction.knownNames()
                : "known attributes: grad, and the methods " + TorchFunction.knownNames();
        throw new ExprException(src, name.column(), "unknown " + (called ? "method" : "attribute") + " '"
                + name.text() + "'", known);
    }

    private AstNode primary() {
        Token t = peek();
        switch (t.kind()) {
            case NUMBER:
                next();
                return new Literal(t.number());
            case NAME:
                next();
                return name(t);
            case LPAREN:
                next();
                AstNode inner = sum();
                expect(Kind.RPAREN, "')'");
                return inner;
            default:
                throw missingOperand(t);
        }
    }

    /** A name, a call {@code exp(x)}, or a qualified call {@code torch.exp(x)}. */
    private AstNode name(Token t) {
        Token nameToken = t;
        String qualified = t.text();
        if (t.text().equals("torch") && peek().is(Kind.DOT)) {
            Token dot = next();
            nameToken = peek();
            if (!nameToken.is(Kind.NAME)) {
                throw new ExprException(src, dot.column(), "missing name after '.'");
            }
            next();
            qualified = "torch." + nameToken.text();
            if (!peek().is(Kind.LPAREN) && TorchFunction.named(nameToken.text()) != null) {
                throw new ExprException(src, t.column(), "function '" + qualified + "' must be called",
                        "write " + qualified + "(...)");
            }
        }
        if (!peek().is(Kind.LPAREN) && nameToken == t) {
            names.add(t.text());
            return new NameRef(t.text(), t.column());
        }
        TorchFunction f = TorchFunction.named(nameToken.text());
        if (f == null) {
            throw new ExprException(src, t.column(), "unknown function '" + qualified + "'",
                    "known functions: " + TorchFunction.knownNames());
        }
        next();
        return new Call(f, arguments(f, t, 0));
    }

    /** The arguments after '(' up to the matching ')'; {@code self} is 1 for a method (the receiver counts). */
    private AstNode[] arguments(TorchFunction f, Token nameToken, int self) {
        List<AstNode> args = new ArrayList<>();
        while (!peek().is(Kind.RPAREN)) {
            args.add(sum());
            if (!peek().is(Kind.COMMA)) {
                break;
            }
            next();
        }
        expect(Kind.RPAREN, "',' or ')'");
        int expected = f.arity() - self;
        if (args.size() != expected) {
            String count = expected == 0 ? "no arguments" : expected == 1 ? "1 argument" : expected + " arguments";
            throw new ExprException(src, nameToken.column(), f.functionName() + "() takes " + count + " ("
                    + args.size() + " given)");
        }
        return args.toArray(new AstNode[0]);
    }

    private void expect(Kind kind, String what) {
        if (!peek().is(kind)) {
            throw unexpected("expected " + what);
        }
        next();
    }

    private ExprException unexpected(String detail) {
        Token t = peek();
        if (isOperand(previous()) && (t.is(Kind.NAME) || t.is(Kind.NUMBER) || t.is(Kind.LPAREN))) {
            return new ExprException(src, t.column(), "unexpected " + t.describe(), "missing operator before it?");
        }
        return new ExprException(src, t.column(), "unexpected " + t.describe(), detail);
    }

    /** The token where an operand should start cannot: name the operator (or bracket, comma) left without one. */
    private ExprException missingOperand(Token t) {
        if (pos == 0) {
            return new ExprException(src, t.column(), "missing operand before " + t.describe());
        }
        Token before = previous();
        return new ExprException(src, before.column(), "missing operand after '" + before.text() + "'");
    }

    private static boolean isOperand(Token t) {
        return t != null && (t.is(Kind.NAME) || t.is(Kind.NUMBER) || t.is(Kind.RPAREN) || t.is(Kind.RBRACKET));
    }

    private Token peek() {
        return tokens.get(pos);
    }

    private Token previous() {
        return pos == 0 ? null : tokens.get(pos - 1);
    }

    private Token next() {
        return tokens.get(pos++);
    }
}
