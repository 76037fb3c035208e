package dev.optex.autograd;
// TEMPORARY STUB (replaced by feat/print): Python's repr(float), shortest round-trip digits
public final class PyFormat {
    private PyFormat() { }
    public static String floatRepr(double v) {
        if (Double.isNaN(v)) return "nan";
        if (Double.isInfinite(v)) return v > 0 ? "inf" : "-inf";
        if (v == 0) return 1 / v < 0 ? "-0.0" : "0.0";
        java.math.BigDecimal exact = new java.math.BigDecimal(v);
        java.math.BigDecimal d = exact;
        for (int p = 1; p <= 17; p++) {
            d = exact.round(new java.math.MathContext(p, java.math.RoundingMode.HALF_EVEN));
            if (d.doubleValue() == v) break;
        }
        String digits = d.unscaledValue().abs().toString().replaceAll("0+$", "");
        if (digits.isEmpty()) digits = "0";
        int decpt = d.precision() - d.scale();
        int n = digits.length();
        StringBuilder sb = new StringBuilder(v < 0 ? "-" : "");
        if (decpt <= -4 || decpt > 16) {
            sb.append(digits.charAt(0));
            if (n > 1) sb.append('.').append(digits, 1, n);
            int exp = decpt - 1;
            sb.append(exp < 0 ? "e-" : "e+").append(Math.abs(exp) < 10 ? "0" : "").append(Math.abs(exp));
        } else if (decpt <= 0) {
            sb.append("0.").append("0".repeat(-decpt)).append(digits);
        } else if (decpt >= n) {
            sb.append(digits).append("0".repeat(decpt - n)).append(".0");
        } else {
            sb.append(digits, 0, decpt).append('.').append(digits, decpt, n);
        }
        return sb.toString();
    }
}
