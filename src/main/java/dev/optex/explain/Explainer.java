package dev.optex.explain;

import dev.optex.autograd.DType;
import dev.optex.optim.PyValue;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What an {@link UpdateRule} writes its lines into, for the general rule or for one element of a captured parameter.
 * The rule code is the same for both: in the general rule the numbers are placeholders and are dropped, and the
 * rule emits every branch instead of the one taken ({@link #general()}).
 */
final class Explainer {
    private final Map<String, PyValue> options;
    private final CapturedParam param;
    private final int index;
    private final boolean float32;
    final Arith arith;
    private final List<Line> scalars = new ArrayList<>();
    private final List<Line> lines = new ArrayList<>();
    private final List<String> legend = new ArrayList<>();
    private boolean inScalars;

    private Explainer(Map<String, PyValue> options, DType dtype, CapturedParam param, int index) {
        this.options = options;
        this.param = param;
        this.index = index;
        this.float32 = dtype == DType.FLOAT32;
        this.arith = Arith.of(dtype);
    }

    /** For the update rule in symbols. */
    static Explainer general(Map<String, PyValue> options, DType dtype) {
        return new Explainer(options, dtype, null, 0);
    }

    /** For element {@code index} of a captured parameter. */
    static Explainer element(CapturedParam param, int index) {
        return new Explainer(param.options, param.dtype, param, index);
    }

    boolean general() {
        return param == null;
    }

    // ------------------------------------------------------------ hyperparameters and recorded scalars

    double number(String key) {
        return options.get(key).toDouble();
    }

    boolean flag(String key) {
        return options.get(key).toBool();
    }

    double pair(String key, int i) {
        return options.get(key).item(i).toDouble();
    }

    /** A scalar the step recorded ({@code step}, {@code mu}, ...); NaN in the general rule. */
    double recorded(String name) {
        return general() ? Double.NaN : param.record().get(name);
    }

    // ------------------------------------------------------------ the element's numbers (0 in the general rule)

    double theta() {
        return general() ? 0 : param.before[index];
    }

    double grad() {
        return general() ? 0 : param.grad[index];
    }

    double thetaAfter() {
        return general() ? 0 : param.after(index);
    }

    /** Whether state {@code key} existed before this step (it is created at a parameter's first step). */
    boolean hadState(String key) {
        return !general() && param.stateBefore.containsKey(key);
    }

    /** Element of state {@code key} before the step, or {@code initial} when the step created it. */
    double before(String key, double initial) {
        return hadState(key) ? param.stateBefore.get(key)[index] : initial;
    }

    double after(String key) {
        return general() ? 0 : param.stateAfter(key, index);
    }

    /** 0-D state ({@code mu_product}) before the step, or {@code initial} when the step created it. */
    double scalarBefore(String key, double initial) {
        return general() || !param.scalarsBefore.containsKey(key) ? initial : param.scalarsBefore.get(key);
    }

    double scalarAfter(String key) {
        return general() ? 0 : param.scalarAfter(key);
    }

    // ------------------------------------------------------------ formatting

    /** A value of the parameter's dtype. */
    String value(double v) {
        return float32 ? Numbers.float32((float) v) : Numbers.python(v);
    }

    /** A Python float. */
    static String py(double v) {
        return Numbers.python(v);
    }

    static String count(double t) {
        return Numbers.count(t);
    }

    // ------------------------------------------------------------ writing

    /** What the symbols are in PyTorch, e.g. {@code m = state['exp_avg']}. */
    void legend(String... entries) {
        legend.addAll(List.of(entries));
    }

    /** The following lines compute per-step scalars, shown once per parameter. */
    void scalars(boolean on) {
        inScalars = on;
    }

    /**
     * {@code target ← rule}, with the numbers given as alternating symbols and formatted values substituted, and
     * {@code result} (formatted) as its value.
     */
    void line(String target, String rule, String result, String... symbolsAndValues) {
        Line line;
        if (general()) {
            line = new Line(target, rule, null, null, null);
        } else {
            Map<String, String> values = new HashMap<>();
            for (int i = 0; i < symbolsAndValues.length; i += 2) {
                values.put(symbolsAndValues[i], symbolsAndValues[i + 1]);
            }
            line = new Line(target, rule, Notation.substitute(rule, values), result, null);
        }
        (inScalars ? scalars : lines).add(line);
    }

    /** Attaches a remark to the latest line. */
    void note(String note) {
        List<Line> list = inScalars ? scalars : lines;
        Line l = list.remove(list.size() - 1);
        list.add(new Line(l.target(), l.rule(), l.numbers(), l.result(), note));
    }

    List<Line> scalarLines() {
        return scalars;
    }

    List<Line> lines() {
        return lines;
    }

    /** Scalars first, then the element lines: the general rule. */
    List<Line> allLines() {
        List<Line> all = new ArrayList<>(scalars);
        all.addAll(lines);
        return all;
    }

    List<String> legendEntries() {
        return legend;
    }
}
