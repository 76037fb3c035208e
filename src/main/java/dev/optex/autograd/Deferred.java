package dev.optex.autograd;

/**
 * How a deferred elementwise result is computed: its op and operands. An operand is a tensor of the result's shape
 * (itself deferred or not) or a one-element tensor read as a float32 scalar.
 */
record Deferred(BlockOp op, Tensor x, Tensor y) {
}
