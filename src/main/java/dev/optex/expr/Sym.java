package dev.optex.expr;

import java.util.Arrays;

/** The values of a symbolic evaluation ({@link Symbolic}): scalars and tensors of them. */
final class Sym {
    private Sym() {
    }

    /** A float64 scalar: a constant, a varying component ({@code var >= 0}) or an instruction's result. */
    record Scalar(double constant, int instruction, int var) {
        static Scalar of(double c) {
            return new Scalar(c, -1, -1);
        }

        boolean isConstant() {
            return instruction < 0 && var < 0;
        }
    }

    /**
     * A tensor of scalars: constants in an array (fast for a million elements) and the few elements that vary, sorted
     * by flat index.
     */
    record Tensor(int[] shape, double[] constants, int[] varying, Scalar[] values) {
        int numel() {
            return constants.length;
        }

        Scalar element(int i) {
            int k = Arrays.binarySearch(varying, i);
            return k >= 0 ? values[k] : Scalar.of(constants[i]);
        }

        boolean isScalar() {
            return constants.length == 1;
        }
    }
}
