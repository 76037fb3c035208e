package dev.optex.explain;

import dev.optex.autograd.DType;

/**
 * The element arithmetic of the parameter's dtype, to recompute the temporaries an update forms but does not store
 * (the decayed gradient, a denominator, NAdam's half-updated parameter) exactly as the optimizer's loop does: every
 * operation rounds to the dtype, {@code fma} rounds once, and Python scalars are cast to the dtype first
 * ({@code value.to<scalar_t>()} in ATen). Values travel as doubles; float32 values are exact in them.
 */
abstract class Arith {
    static final Arith FLOAT32 = new Arith() {
        @Override
        double cast(double scalar) {
            return (float) scalar;
        }

        @Override
        double add(double a, double b) {
            return (float) a + (float) b;
        }

        @Override
        double mul(double a, double b) {
            return (float) a * (float) b;
        }

        @Override
        double div(double a, double b) {
            return (float) a / (float) b;
        }

        @Override
        double fma(double a, double b, double c) {
            return Math.fma((float) a, (float) b, (float) c);
        }

        @Override
        double sqrt(double a) {
            return (float) Math.sqrt(a);
        }
    };

    static final Arith FLOAT64 = new Arith() {
        @Override
        double cast(double scalar) {
            return scalar;
        }

        @Override
        double add(double a, double b) {
            return a + b;
        }

        @Override
        double mul(double a, double b) {
            return a * b;
        }

        @Override
        double div(double a, double b) {
            return a / b;
        }

        @Override
        double fma(double a, double b, double c) {
            return Math.fma(a, b, c);
        }

        @Override
        double sqrt(double a) {
            return Math.sqrt(a);
        }
    };

    static Arith of(DType dtype) {
        return dtype == DType.FLOAT32 ? FLOAT32 : FLOAT64;
    }

    /** A Python scalar as the kernel sees it. */
    abstract double cast(double scalar);

    abstract double add(double a, double b);

    abstract double mul(double a, double b);

    abstract double div(double a, double b);

    /** {@code a*b + c} rounded once: {@code x.add_(y, alpha=a)} is {@code fma(a, y, x)}. */
    abstract double fma(double a, double b, double c);

    abstract double sqrt(double a);
}
