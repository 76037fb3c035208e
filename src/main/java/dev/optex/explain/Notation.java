package dev.optex.explain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The explanation's formulas are written once, in plain text with Unicode symbols ({@code θ − γ·g},
 * {@code √(v + ε)}, {@code β₁^t}, {@code m̂}, {@code v_max}); this class substitutes numbers for their symbols and
 * turns them into LaTeX for JLaTeXMath, so the text and the rendered math can never disagree.
 *
 * <p>A symbol is a letter (Latin or Greek) with its decorations: a combining hat or tilde, subscript digits or signs
 * ({@code β₁}, {@code η₊}), {@code ∞}, or an underscore and a word ({@code v_max}, {@code ρ_t}). Runs of several
 * letters are words ({@code max}, {@code sign}, {@code clip}), never products of symbols.
 */
final class Notation {
    private static final Pattern NUMBER = Pattern.compile("\\d+(?:\\.\\d+)?(?:e[+-]\\d+)?");
    private static final String GREEK = "θγλμτβεαηρψΠΓΔ";
    private static final String[] GREEK_TEX = {"\\theta", "\\gamma", "\\lambda", "\\mu", "\\tau", "\\beta",
        "\\epsilon", "\\alpha", "\\eta", "\\rho", "\\psi", "\\Pi", "\\Gamma", "\\Delta"};
    private static final String SUBSCRIPTS = "₀₁₂₃₄₅₆₇₈₉₊₋";
    private static final String SUBSCRIPTS_TEX = "0123456789+-";
    private static final char HAT = '\u0302';
    private static final char TILDE = '\u0303';

    private Notation() {
    }

    /**
     * The formula with each symbol found in {@code values} replaced by its number; a negative number is put in
     * parentheses where its sign could be read as an operator ({@code 6 − 0.005·(-12)}, {@code (-12)²}).
     */
    static String substitute(String formula, Map<String, String> values) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < formula.length()) {
            int end = symbolEnd(formula, i);
            if (end == i) {
                out.append(formula.charAt(i++));
                continue;
            }
            String symbol = formula.substring(i, end);
            String value = values.get(symbol);
            if (value == null) {
                out.append(symbol);
            } else {
                boolean wrap = value.startsWith("-") && (operatorBefore(out) || operatorAfter(formula, end));
                out.append(wrap ? "(" + value + ")" : value);
            }
            i = end;
        }
        return out.toString();
    }

    private static boolean operatorBefore(StringBuilder out) {
        for (int k = out.length() - 1; k >= 0; k--) {
            char c = out.charAt(k);
            if (c != ' ') {
                return "·−+/^√".indexOf(c) >= 0;
            }
        }
        return false;
    }

    private static boolean operatorAfter(String s, int k) {
        return k < s.length() && (s.charAt(k) == '^' || s.charAt(k) == '²');
    }

    /** Where the symbol (or word) starting at {@code i} ends; {@code i} when no letter starts there. */
    private static int symbolEnd(String s, int i) {
        if (!isLetter(s.charAt(i))) {
            return i;
        }
        int k = i + 1;
        while (k < s.length() && isLatin(s.charAt(i)) && isLatin(s.charAt(k))) {
            k++;
        }
        while (k < s.length()) {
            char c = s.charAt(k);
            if (c == HAT || c == TILDE || c == '∞' || SUBSCRIPTS.indexOf(c) >= 0) {
                k++;
            } else if (c == '_' && k + 1 < s.length() && isLatin(s.charAt(k + 1))) {
                k += 2;
                while (k < s.length() && isLatin(s.charAt(k))) {
                    k++;
                }
            } else {
                break;
            }
        }
        return k;
    }

    private static boolean isLetter(char c) {
        return isLatin(c) || GREEK.indexOf(c) >= 0;
    }

    private static boolean isLatin(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    /** The formula (symbols or numbers) as LaTeX. */
    static String latex(String formula) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < formula.length()) {
            char c = formula.charAt(i);
            Matcher number = NUMBER.matcher(formula).region(i, formula.length());
            if (Character.isDigit(c) && number.lookingAt()) {
                out.append(numberLatex(number.group()));
                i = number.end();
            } else if (isLetter(c)) {
                int end = symbolEnd(formula, i);
                out.append(symbolLatex(formula.substring(i, end)));
                i = end;
            } else if (c == '√' || c == '^') {
                int end = operandEnd(formula, i + 1);
                String operand = formula.substring(i + 1, end);
                if (operand.startsWith("(") && operand.endsWith(")")) {
                    operand = operand.substring(1, operand.length() - 1);
                }
                out.append(c == '√' ? "\\sqrt{" : "^{").append(latex(operand)).append('}');
                i = end;
            } else {
                out.append(charLatex(c));
                i++;
            }
        }
        return out.toString();
    }

    /** The end of the operand of {@code √} or {@code ^}: a parenthesized group, a number or a symbol. */
    private static int operandEnd(String s, int i) {
        if (i >= s.length()) {
            return i;
        }
        if (s.charAt(i) == '(') {
            int depth = 0;
            for (int k = i; k < s.length(); k++) {
                depth += s.charAt(k) == '(' ? 1 : s.charAt(k) == ')' ? -1 : 0;
                if (depth == 0) {
                    return k + 1;
                }
            }
            return s.length();
        }
        Matcher number = NUMBER.matcher(s).region(i, s.length());
        if (number.lookingAt()) {
            return number.end();
        }
        return Math.max(symbolEnd(s, i), i + 1);
    }

    private static String charLatex(char c) {
        switch (c) {
            case '·': return "\\cdot ";
            case '−': return "-";
            case '←': return "\\leftarrow ";
            case '≤': return "\\le ";
            case '²': return "^{2}";
            case '{': return "\\{";
            case '}': return "\\}";
            default: return String.valueOf(c);
        }
    }

    private static String symbolLatex(String symbol) {
        char first = symbol.charAt(0);
        int k = 1;
        if (isLatin(first)) {
            while (k < symbol.length() && isLatin(symbol.charAt(k))) {
                k++;
            }
        }
        String base = k > 1 ? word(symbol.substring(0, k)) : letter(first);
        StringBuilder sub = new StringBuilder();
        while (k < symbol.length()) {
            char c = symbol.charAt(k);
            if (c == HAT || c == TILDE) {
                base = (c == HAT ? "\\hat{" : "\\tilde{") + base + "}";
                k++;
            } else if (c == '∞') {
                sub.append("\\infty");
                k++;
            } else if (c == '_') {
                int end = k + 1;
                while (end < symbol.length() && isLatin(symbol.charAt(end))) {
                    end++;
                }
                String name = symbol.substring(k + 1, end);
                sub.append(name.length() == 1 ? name : "\\mathrm{" + name + "}");
                k = end;
            } else {
                sub.append(SUBSCRIPTS_TEX.charAt(SUBSCRIPTS.indexOf(c)));
                k++;
            }
        }
        return sub.length() == 0 ? base : base + "_{" + sub + "}";
    }

    private static String letter(char c) {
        int g = GREEK.indexOf(c);
        return g >= 0 ? GREEK_TEX[g] + " " : String.valueOf(c);
    }

    private static String word(String w) {
        switch (w) {
            case "max": return "\\max";
            case "min": return "\\min";
            case "inf": return "\\infty";
            default: return "\\mathrm{" + w + "}";
        }
    }

    /** {@code 1e-08} as {@code 1\times 10^{-8}}; other numbers as written. */
    private static String numberLatex(String n) {
        int e = n.indexOf('e');
        if (e < 0) {
            return n;
        }
        int exponent = Integer.parseInt(n.substring(e + 1));
        return n.substring(0, e) + "\\times 10^{" + exponent + "}";
    }

    /**
     * A note in words inside LaTeX: plain ASCII words go into {@code \text}, anything else (symbols such as
     * {@code ρ_t}, {@code ≤}) is set as math, since JLaTeXMath's {@code \text} cannot set Greek letters.
     */
    static String text(String words) {
        List<String> parts = new ArrayList<>();
        for (String word : words.split(" ")) {
            parts.add(word.matches("[A-Za-z0-9,.:;()'-]*") ? "\\text{" + word + "}" : latex(word));
        }
        return String.join("\\ ", parts);
    }
}
