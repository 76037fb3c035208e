package dev.optex.autograd;

import java.math.BigInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Shortest decimal that reads back as the same double, choosing the closest one when several
 * have that length (ties to even) — the digits of Python's {@code repr(float)}.
 *
 * <p>Implements the Ryu algorithm (Ulf Adams, "Ryū: fast float-to-string conversion", PLDI 2018).
 * JDK 17's {@code Double.toString} is not usable here: it sometimes prints more digits than needed
 * (e.g. {@code 4.9E-324} for Python's {@code 5e-324}). The simpler "smallest precision that round-trips"
 * search is wrong too, at powers of two, where the rounding interval is asymmetric
 * ({@code 2.0**-1017} is {@code 7.120236347223045e-307} in Python, 17 digits by that search).
 */
final class ShortestDecimal {

    /** The value {@code digits × 10^exponent}; {@code digits} has no trailing zeros. */
    record Decimal(long digits, int exponent) { }

    private static final int MANTISSA_BITS = 52;
    private static final int EXPONENT_BIAS = 1023;
    private static final int POW5_BITCOUNT = 125;
    private static final int POW5_INV_BITCOUNT = 125;
    // 126-bit approximations of 5^i and 2^k / 5^q, split into [low 64 bits, high 64 bits]; the sizes cover every
    // double exponent. Each entry is computed on first use: printing needs a few of them, and computing all 618 with
    // BigInteger division took tens of milliseconds of the app's startup.
    private static final AtomicReferenceArray<long[]> POW5 = new AtomicReferenceArray<>(326);
    private static final AtomicReferenceArray<long[]> POW5_INV = new AtomicReferenceArray<>(292);
    private static final BigInteger MASK = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);

    /** The top {@value #POW5_BITCOUNT} bits of 5^i. */
    private static long[] pow5(int i) {
        long[] p = POW5.get(i);
        if (p == null) {
            BigInteger pow = BigInteger.valueOf(5).pow(i);
            p = split(pow.shiftRight(pow.bitLength() - POW5_BITCOUNT), MASK);
            POW5.set(i, p);
        }
        return p;
    }

    /** {@code floor(2^k / 5^q) + 1} with k = bitLength(5^q) - 1 + {@value #POW5_INV_BITCOUNT}. */
    private static long[] pow5Inv(int q) {
        long[] p = POW5_INV.get(q);
        if (p == null) {
            BigInteger pow = BigInteger.valueOf(5).pow(q);
            int shift = pow.bitLength() - 1 + POW5_INV_BITCOUNT;
            p = split(BigInteger.ONE.shiftLeft(shift).divide(pow).add(BigInteger.ONE), MASK);
            POW5_INV.set(q, p);
        }
        return p;
    }

    private ShortestDecimal() { }

    /** Shortest round-trip decimal of a finite, strictly positive double. */
    static Decimal of(double v) {
        long bits = Double.doubleToRawLongBits(v);
        long ieeeMantissa = bits & ((1L << MANTISSA_BITS) - 1);
        int ieeeExponent = (int) (bits >>> MANTISSA_BITS) & 0x7ff;
        // Work with 2 extra bits so that the interval bounds are integers too.
        int e2;
        long m2;
        if (ieeeExponent == 0) {
            e2 = 1 - EXPONENT_BIAS - MANTISSA_BITS - 2;
            m2 = ieeeMantissa;
        } else {
            e2 = ieeeExponent - EXPONENT_BIAS - MANTISSA_BITS - 2;
            m2 = (1L << MANTISSA_BITS) | ieeeMantissa;
        }
        // Round-half-even parsing: the interval bounds belong to it iff the mantissa is even.
        boolean acceptBounds = (m2 & 1) == 0;
        long mv = 4 * m2;
        // The lower neighbour is closer at a power of two (except at the smallest exponents).
        int mmShift = (ieeeMantissa != 0 || ieeeExponent <= 1) ? 1 : 0;

        long vr;
        long vp;
        long vm;
        int e10;
        boolean vmIsTrailingZeros = false;
        boolean vrIsTrailingZeros = false;
        if (e2 >= 0) {
            int q = log10Pow2(e2) - (e2 > 3 ? 1 : 0);
            e10 = q;
            int k = POW5_INV_BITCOUNT + pow5Bits(q) - 1;
            int j = -e2 + q + k;
            long[] mul = pow5Inv(q);
            vr = mulShift(mv, mul, j);
            vp = mulShift(mv + 2, mul, j);
            vm = mulShift(mv - 1 - mmShift, mul, j);
            if (q <= 21) {
                // At most one of mv-1-mmShift, mv, mv+2 is a multiple of 5.
                if (mv % 5 == 0) {
                    vrIsTrailingZeros = pow5Factor(mv) >= q;
                } else if (acceptBounds) {
                    vmIsTrailingZeros = pow5Factor(mv - 1 - mmShift) >= q;
                } else if (pow5Factor(mv + 2) >= q) {
                    vp--;
                }
            }
        } else {
            int q = log10Pow5(-e2) - (-e2 > 1 ? 1 : 0);
            e10 = q + e2;
            int i = -e2 - q;
            int k = pow5Bits(i) - POW5_BITCOUNT;
            int j = q - k;
            long[] mul = pow5(i);
            vr = mulShift(mv, mul, j);
            vp = mulShift(mv + 2, mul, j);
            vm = mulShift(mv - 1 - mmShift, mul, j);
            if (q <= 1) {
                // mv has at least q trailing binary zeros, so vr is exact.
                vrIsTrailingZeros = true;
                if (acceptBounds) {
                    vmIsTrailingZeros = mmShift == 1;
                } else {
                    vp--;
                }
            } else if (q < 63) {
                vrIsTrailingZeros = (mv & ((1L << q) - 1)) == 0;
            }
        }
        return shortest(vr, vp, vm, e10, acceptBounds, vmIsTrailingZeros, vrIsTrailingZeros);
    }

    /** Removes digits while the interval (vm, vp) still contains a shorter decimal, then rounds vr. */
    private static Decimal shortest(long vr, long vp, long vm, int e10, boolean acceptBounds,
                                    boolean vmIsTrailingZeros, boolean vrIsTrailingZeros) {
        int removed = 0;
        int lastRemovedDigit = 0;
        while (vp / 10 > vm / 10) {
            vmIsTrailingZeros &= vm % 10 == 0;
            vrIsTrailingZeros &= lastRemovedDigit == 0;
            lastRemovedDigit = (int) (vr % 10);
            vr /= 10;
            vp /= 10;
            vm /= 10;
            removed++;
        }
        if (vmIsTrailingZeros) {
            // The lower bound is exact and accepted: it may allow even more digits to go.
            while (vm % 10 == 0) {
                vrIsTrailingZeros &= lastRemovedDigit == 0;
                lastRemovedDigit = (int) (vr % 10);
                vr /= 10;
                vp /= 10;
                vm /= 10;
                removed++;
            }
        }
        if (vrIsTrailingZeros && lastRemovedDigit == 5 && vr % 2 == 0) {
            lastRemovedDigit = 4; // exact tie: round half to even
        }
        boolean roundUp = (vr == vm && (!acceptBounds || !vmIsTrailingZeros)) || lastRemovedDigit >= 5;
        // No trailing zero is left: a decimal ending in 0 inside the interval would have let the loops go on.
        return new Decimal(vr + (roundUp ? 1 : 0), e10 + removed);
    }

    /** floor((m × mul) / 2^j) for the 128-bit table entry mul; the result fits in 64 bits. */
    private static long mulShift(long m, long[] mul, int j) {
        long highOfLow = unsignedMultiplyHigh(m, mul[0]);
        long lowOfHigh = m * mul[1];
        long highOfHigh = unsignedMultiplyHigh(m, mul[1]);
        long mid = highOfLow + lowOfHigh;
        if (Long.compareUnsigned(mid, highOfLow) < 0) {
            highOfHigh++;
        }
        int shift = j - 64; // always in 1..63 for doubles
        return (mid >>> shift) | (highOfHigh << (64 - shift));
    }

    private static long unsignedMultiplyHigh(long a, long b) {
        return Math.multiplyHigh(a, b) + ((a >> 63) & b) + ((b >> 63) & a);
    }

    private static long[] split(BigInteger value, BigInteger mask) {
        return new long[] {value.and(mask).longValue(), value.shiftRight(64).longValue()};
    }

    private static int pow5Factor(long value) {
        int count = 0;
        while (value % 5 == 0) {
            value /= 5;
            count++;
        }
        return count;
    }

    /** ceil(log2(5^e)) for e > 0, and 1 for e = 0. */
    private static int pow5Bits(int e) {
        return (int) ((e * 1217359L) >>> 19) + 1;
    }

    /** floor(log10(2^e)). */
    private static int log10Pow2(int e) {
        return (int) ((e * 78913L) >>> 18);
    }

    /** floor(log10(5^e)). */
    private static int log10Pow5(int e) {
        return (int) ((e * 732923L) >>> 20);
    }
}
