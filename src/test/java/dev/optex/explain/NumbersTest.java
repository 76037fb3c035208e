package dev.optex.explain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class NumbersTest {
    @Test
    void float32ShowsTheShortestDigitsThatReadBack() {
        assertThat(Numbers.float32(1.82f)).isEqualTo("1.82");
        assertThat(Numbers.float32(2f)).isEqualTo("2");
        assertThat(Numbers.float32(-12f)).isEqualTo("-12");
        assertThat(Numbers.float32((float) 0.1)).isEqualTo("0.1");
        assertThat(Numbers.float32(Math.nextUp(1.9f))).isEqualTo("1.9000001");
        assertThat(Numbers.float32(Math.nextUp(3.6f))).isEqualTo("3.6000001");
        assertThat(Numbers.float32(1e-8f)).isEqualTo("1e-08");
        assertThat(Numbers.float32(1e-4f)).isEqualTo("0.0001");
        assertThat(Numbers.float32(16777216f)).isEqualTo("16777216");
        assertThat(Numbers.float32(1e16f)).isEqualTo("1e+16");
        assertThat(Numbers.float32(Float.MIN_VALUE)).isEqualTo("1e-45");
        assertThat(Numbers.float32(Float.MAX_VALUE)).isEqualTo("3.4028235e+38");
        assertThat(Numbers.float32(0f)).isEqualTo("0");
        assertThat(Numbers.float32(-0f)).isEqualTo("-0");
        assertThat(Numbers.float32(Float.NaN)).isEqualTo("nan");
        assertThat(Numbers.float32(Float.NEGATIVE_INFINITY)).isEqualTo("-inf");
    }

    @Test
    void randomFloatsReadBackExactlyAndAreNeverLongerThanJavas() {
        SplittableRandom r = new SplittableRandom(5);
        for (int k = 0; k < 20_000; k++) {
            float f = Float.intBitsToFloat(r.nextInt());
            if (!Float.isFinite(f)) {
                continue;
            }
            String s = Numbers.float32(f);
            assertThat(Float.parseFloat(s)).as(s).isEqualTo(f);
            assertThat(digits(s)).as(s + " vs " + Float.toString(f)).isLessThanOrEqualTo(digits(Float.toString(f)));
        }
    }

    private static int digits(String s) {
        String mantissa = s.toLowerCase().split("e")[0].replace("-", "").replace(".", "");
        return mantissa.replaceAll("^0+", "").replaceAll("0+$", "").length();
    }

    @Test
    void pythonFloatsAsRepr() {
        assertThat(Numbers.python(0.005)).isEqualTo("0.005");
        assertThat(Numbers.python(1e-8)).isEqualTo("1e-08");
        assertThat(Numbers.python(2.0)).isEqualTo("2");
        assertThat(Numbers.python(2 / (1 - 0.999) - 1)).isEqualTo("1998.9999999999982");
        assertThat(Numbers.count(7.0)).isEqualTo("7");
    }
}
