package dev.optex.expr;

import dev.optex.expr.Token.Kind;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Renders a loss expression as the PyTorch code that computes it, for transcripts and exported scripts: a bare
 * function call {@code sum(x)} becomes {@code torch.sum(x)}, the constants {@code pi} and {@code e} become
 * {@code math.pi} and {@code math.e}, and variable names can be renamed. Everything else, spacing included, is kept.
 */
public final class PythonSource {
    private PythonSource() {
    }

    /**
     * @param rename maps a variable name to its Python name, or returns null to keep it (names it keeps that are the
     *               constants {@code pi}/{@code e} become {@code math.pi}/{@code math.e})
     */
    public static String render(String source, UnaryOperator<String> rename) {
        List<Token> tokens = Lexer.tokenize(source);
        StringBuilder out = new StringBuilder(source.length() + 16);
        int copied = 0;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (!t.is(Kind.NAME) || (i > 0 && tokens.get(i - 1).is(Kind.DOT))) {
                continue;
            }
            Token next = tokens.get(i + 1);
            String replacement;
            if (t.text().equals("torch") && next.is(Kind.DOT)) {
                continue;
            } else if (next.is(Kind.LPAREN) && TorchFunction.named(t.text()) != null) {
                replacement = "torch." + t.text();
            } else {
                String renamed = rename.apply(t.text());
                if (renamed != null) {
                    replacement = renamed;
                } else if (NameRef.CONSTANTS.containsKey(t.text())) {
                    replacement = "math." + t.text();
                } else {
                    continue;
                }
            }
            int start = t.column() - 1;
            out.append(source, copied, start).append(replacement);
            copied = start + t.text().length();
        }
        return out.append(source, copied, source.length()).toString();
    }

    /** True when the rendered code needs {@code import math} (it uses {@code pi} or {@code e} as constants). */
    public static boolean usesMath(String source, UnaryOperator<String> rename) {
        return render(source, rename).contains("math.");
    }
}
