package dev.optex.session;

import dev.optex.autograd.DType;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The rules a session must follow, shared by the file reader (which reports them with the field's path) and the
 * {@link Explorer} (which applies them to what is typed in the window). Each check returns the problem as a phrase,
 * or null when there is none.
 */
final class SessionRules {
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Pattern COLOR = Pattern.compile("#[0-9a-fA-F]{6}");

    private SessionRules() {
    }

    /** A parameter named {@code pi} or {@code e} is fine: the loss then means the parameter, as Python would. */
    static String nameProblem(String name) {
        if (name.length() > SessionLimits.MAX_NAME_CHARS || !IDENTIFIER.matcher(name).matches()) {
            return "'" + abbreviate(name) + "' is not a valid name (letters, digits and _, not starting with a digit, at"
                    + " most " + SessionLimits.MAX_NAME_CHARS + " characters)";
        }
        return null;
    }

    static String labelProblem(String label) {
        if (label.isBlank()) {
            return "a run needs a non-empty label";
        }
        if (label.length() > SessionLimits.MAX_NAME_CHARS || label.chars().anyMatch(Character::isISOControl)) {
            return "labels are at most " + SessionLimits.MAX_NAME_CHARS
                    + " characters without line breaks or control characters";
        }
        return null;
    }

    static String colorProblem(String color) {
        return color == null || COLOR.matcher(color).matches() ? null
                : "'" + abbreviate(color) + "' is not a colour like \"#1f77b4\"";
    }

    /** A number in the range of the session's dtype (what a tensor of it can hold). */
    static String valueProblem(double v, DType dtype) {
        boolean finite = dtype == DType.FLOAT32 ? Float.isFinite((float) v) : Double.isFinite(v);
        return finite ? null : outOfRange(v, dtype.shortName());
    }

    /** Written for a number read as infinity (JSON has none, so it was too large for a double). */
    private static String outOfRange(double v, String type) {
        return Double.isInfinite(v) ? "the number is too large for " + type + " (at most 1.8e+308 in magnitude)"
                : PythonLiterals.value(v) + " is out of the range of " + type;
    }

    static String paramCountProblem(int count) {
        return count > SessionLimits.MAX_PARAMS
                ? count + " parameters; the limit is " + SessionLimits.MAX_PARAMS : null;
    }

    static String runCountProblem(int count) {
        return count > SessionLimits.MAX_RUNS ? count + " runs; the limit is " + SessionLimits.MAX_RUNS : null;
    }

    /** Every run owns copies of all parameters, so memory grows with their product. */
    static String runElementsProblem(long elements, int runs) {
        if (elements * runs > SessionLimits.MAX_RUN_ELEMENTS) {
            return runs + " runs of " + elements + " parameter elements each exceed the limit of "
                    + SessionLimits.MAX_RUN_ELEMENTS + " elements over all runs";
        }
        return null;
    }

    /** Problems of a run's settings other than those PyTorch's validation reports. */
    static String runProblem(RunSpec run) {
        String p = labelProblem(run.label());
        if (p == null) {
            p = colorProblem(run.color());
        }
        if (p == null) {
            p = optionsProblem(run.options());
        }
        if (p == null && run.scheduler() != null) {
            p = optionsProblem(run.scheduler().options());
        }
        return p;
    }

    /** Option names are Python keyword names. */
    static String keywordProblem(String name) {
        return name.length() <= SessionLimits.MAX_NAME_CHARS && IDENTIFIER.matcher(name).matches() ? null
                : "'" + abbreviate(name) + "' is not a keyword argument name";
    }

    private static String optionsProblem(Map<String, Object> options) {
        for (Map.Entry<String, Object> e : options.entrySet()) {
            String k = keywordProblem(e.getKey());
            if (k != null) {
                return k;
            }
            String p = optionValueProblem(e.getValue());
            if (p != null) {
                return e.getKey() + ": " + p;
            }
        }
        return null;
    }

    /** Option values are what a session file can hold: finite numbers, booleans, None, strings and lists of them. */
    static String optionValueProblem(Object v) {
        if (v == null || v instanceof Boolean || v instanceof Integer || v instanceof Long) {
            return null;
        }
        if (v instanceof Double d) {
            return Double.isFinite(d) ? null : outOfRange(d, "a float");
        }
        if (v instanceof String s) {
            return s.length() > SessionLimits.MAX_NAME_CHARS ? "a string option is at most "
                    + SessionLimits.MAX_NAME_CHARS + " characters" : null;
        }
        if (v instanceof List<?> list) {
            if (list.size() > SessionLimits.MAX_NAME_CHARS) {
                return "a list option holds at most " + SessionLimits.MAX_NAME_CHARS + " items";
            }
            for (Object item : list) {
                String p = item instanceof List ? "lists of lists are not options" : optionValueProblem(item);
                if (p != null) {
                    return p;
                }
            }
            return null;
        }
        return "expected a number, true/false, None, a string or a list (found " + v.getClass().getSimpleName() + ")";
    }

    /** At most 40 characters of {@code s} for a one-line message, control characters escaped. */
    static String abbreviate(String s) {
        String cut = s.length() <= 40 ? s : s.substring(0, 37) + "...";
        StringBuilder b = new StringBuilder(cut.length());
        for (char c : cut.toCharArray()) {
            switch (c) {
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> b.append(Character.isISOControl(c) ? String.format("\\u%04x", (int) c) : c);
            }
        }
        return b.toString();
    }
}
