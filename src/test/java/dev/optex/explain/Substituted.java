package dev.optex.explain;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads back what an explanation displays: the numbers of a substituted formula, and its value in exact-ish double
 * arithmetic (a small parser for the plain-text notation: {@code + − · / ^ ² √ |x| max min clip sign}).
 */
final class Substituted {
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(?:\\.\\d+)?(?:e[+-]\\d+)?");

    private final String s;
    private int i;

    private Substituted(String s) {
        this.s = s.replace(" ", "");
    }

    /** The displayed numbers, left to right. */
    static List<String> numbers(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    static float f(String number) {
        return Float.parseFloat(number);
    }

    /** The value of a substituted formula in double arithmetic. */
    static double evaluate(String text) {
        Substituted p = new Substituted(text);
        double v = p.expr();
        if (p.i != p.s.length()) {
            throw new IllegalArgumentException("unread input at " + p.i + " in " + text);
        }
        return v;
    }

    private double expr() {
        double v = term();
        while (i < s.length() && (s.charAt(i) == '+' || s.charAt(i) == '−')) {
            char op = s.charAt(i++);
            double r = term();
            v = op == '+' ? v + r : v - r;
        }
        return v;
    }

    private double term() {
        double v = unary();
        while (i < s.length() && (s.charAt(i) == '·' || s.charAt(i) == '/')) {
            char op = s.charAt(i++);
            double r = unary();
            v = op == '·' ? v * r : v / r;
        }
        return v;
    }

    private double unary() {
        if (s.charAt(i) == '−') {
            i++;
            return -unary();
        }
        return power();
    }

    private double power() {
        double v = atom();
        while (i < s.length() && (s.charAt(i) == '^' || s.charAt(i) == '²')) {
            v = s.charAt(i++) == '²' ? v * v : Math.pow(v, atom());
        }
        return v;
    }

    private double atom() {
        char c = s.charAt(i);
        if (c == '(') {
            i++;
            double v = expr();
            expect(')');
            return v;
        }
        if (c == '√') {
            i++;
            return Math.sqrt(atom());
        }
        if (c == '|') {
            i++;
            double v = expr();
            expect('|');
            return Math.abs(v);
        }
        Matcher m = NUMBER.matcher(s).region(i, s.length());
        if (m.lookingAt()) {
            i = m.end();
            return Double.parseDouble(m.group());
        }
        int open = s.indexOf('(', i);
        String name = s.substring(i, open);
        i = open + 1;
        List<Double> args = new ArrayList<>();
        args.add(expr());
        while (s.charAt(i) == ',') {
            i++;
            args.add(expr());
        }
        expect(')');
        switch (name) {
            case "max": return Math.max(args.get(0), args.get(1));
            case "min": return Math.min(args.get(0), args.get(1));
            case "clip": return Math.min(Math.max(args.get(0), args.get(1)), args.get(2));
            case "sign": return Math.signum(args.get(0));
            default: throw new IllegalArgumentException("unknown function " + name + " in " + s);
        }
    }

    private void expect(char c) {
        if (i >= s.length() || s.charAt(i) != c) {
            throw new IllegalArgumentException("expected " + c + " at " + i + " in " + s);
        }
        i++;
    }
}
