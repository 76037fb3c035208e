package dev.optex.autograd;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Random;

class PyFormatTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "53.0                 | 53.0",
        "1e-05                | 1e-05",
        "0.0001               | 0.0001",
        "1e16                 | 1e+16",
        "9999999999999998.0   | 9999999999999998.0",
        "1.5e-07              | 1.5e-07",
        "-0.0                 | -0.0",
        "0.0                  | 0.0",
        "NaN                  | nan",
        "Infinity             | inf",
        "-Infinity            | -inf",
        "0.1                  | 0.1",
        "123.456              | 123.456",
        "4.9e-324             | 5e-324",
        "1.7976931348623157e308 | 1.7976931348623157e+308",
        "1e23                 | 1e+23",
        "17.464889526367188   | 17.464889526367188",
    })
    void floatReprMatchesPython(double v, String expected) {
        assertThat(PyFormat.floatRepr(v)).isEqualTo(expected);
    }

    @Test
    void floatReprOfFloat32ItemShowsTheDoubleDigits() {
        assertThat(PyFormat.floatRepr(1.82f)).isEqualTo("1.8200000524520874");
        assertThat(PyFormat.floatRepr(0.1f)).isEqualTo("0.10000000149011612");
        assertThat(PyFormat.floatRepr(1e-5f)).isEqualTo("9.999999747378752e-06");
        assertThat(PyFormat.floatRepr(17.464889526367188f)).isEqualTo("17.464889526367188");
    }

    @Test
    void floatReprAtAsymmetricPowerOfTwoIsShortest() {
        // The lower neighbour is closer at 2^-1017: "smallest round-tripping precision" would give 17 digits.
        assertThat(PyFormat.floatRepr(Math.scalb(1.0, -1017))).isEqualTo("7.120236347223045e-307");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "0.78125       | 4 | 0.7812",
        "-0.53125      | 4 | -0.5312",
        "139.65625     | 4 | 139.6562",
        "123456.78125  | 4 | 123456.7812",
        "0.99995       | 4 | 1.0000",
        "0.9999499917030334 | 4 | 0.9999",
        "2.5           | 0 | 2",
        "3.5           | 0 | 4",
        "-0.0          | 4 | -0.0000",
        "-1e-9         | 4 | -0.0000",
        "-0.0          | 0 | -0",
        "53            | 0 | 53",
        "1e20          | 2 | 100000000000000000000.00",
        "NaN           | 4 | nan",
        "-Infinity     | 4 | -inf",
    })
    void fixedMatchesPython(double v, int decimals, String expected) {
        assertThat(PyFormat.fixed(v, decimals)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "0.00012345    | 4 | 1.2345e-04",
        "1.0           | 4 | 1.0000e+00",
        "123456.7      | 4 | 1.2346e+05",
        "-3            | 4 | -3.0000e+00",
        "9.99995       | 4 | 1.0000e+01",
        "1e-300        | 4 | 1.0000e-300",
        "0.0           | 4 | 0.0000e+00",
        "-0.0          | 4 | -0.0000e+00",
        "5e-324        | 2 | 4.94e-324",
        "12345         | 0 | 1e+04",
        "NaN           | 4 | nan",
        "Infinity      | 4 | inf",
    })
    void sciMatchesPython(double v, int decimals, String expected) {
        assertThat(PyFormat.sci(v, decimals)).isEqualTo(expected);
    }

    /**
     * Independent check of floatRepr against the definition, with exact BigDecimal arithmetic: the digits
     * read back as the same double, and no decimal with fewer digits does.
     */
    @Test
    void floatReprIsShortestRoundTrip() {
        int count = Integer.getInteger("optex.fuzz.count", 5000);
        Random random = new Random(42);
        for (int i = 0; i < count; i++) {
            double v = switch (i % 3) {
                case 0 -> Double.longBitsToDouble(random.nextLong());
                case 1 -> (double) Float.intBitsToFloat(random.nextInt());
                default -> random.nextGaussian() * Math.pow(10, random.nextInt(20) - 10);
            };
            if (!Double.isFinite(v) || v == 0) {
                continue;
            }
            String repr = PyFormat.floatRepr(v);
            assertThat(Double.parseDouble(repr)).as(repr).isEqualTo(v);
            int digits = new BigDecimal(repr).stripTrailingZeros().precision();
            if (digits > 1) {
                MathContext shorter = new MathContext(digits - 1, RoundingMode.FLOOR);
                BigDecimal below = new BigDecimal(Math.abs(v)).round(shorter);
                BigDecimal above = below.add(below.ulp());
                assertThat(below.doubleValue()).as("%s has a shorter form below", repr).isNotEqualTo(Math.abs(v));
                assertThat(above.doubleValue()).as("%s has a shorter form above", repr).isNotEqualTo(Math.abs(v));
            }
        }
    }
}
