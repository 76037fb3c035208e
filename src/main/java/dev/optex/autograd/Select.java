package dev.optex.autograd;

/** {@code t[index]} along dimension 0 ({@code SelectBackward0}); backward scatters the gradient into zeros. */
final class Select extends Node {
    private final int[] shape;
    private final int index;

    private Select(Tensor t, int index) {
        super(t);
        this.shape = t.shapeRef();
        this.index = index;
    }

    static Tensor apply(Tensor t, long index) {
        if (t.dim() == 0) {
            throw new TorchException("IndexError", "invalid index of a 0-dim tensor. Use `tensor.item()` in Python or"
                    + " `tensor.item<T>()` in C++ to convert a 0-dim tensor to a number");
        }
        int size = t.shapeRef()[0];
        if (index < -size || index >= size) {
            throw new TorchException("IndexError", "index " + index + " is out of bounds for dimension 0 with size "
                    + size);
        }
        int i = (int) (index < 0 ? index + size : index);
        int[] rowShape = java.util.Arrays.copyOfRange(t.shapeRef(), 1, t.dim());
        int rowLength = Tensor.numel(rowShape);
        Tensor out = Tensor.zeros(rowShape, t.dtype());
        if (t.dtype() == DType.FLOAT32) {
            System.arraycopy(t.floatData(), i * rowLength, out.floatData(), 0, rowLength);
        } else {
            System.arraycopy(t.doubleData(), i * rowLength, out.doubleData(), 0, rowLength);
        }
        return Functions.record(out, recording(t) ? new Select(t, i) : null);
    }

    @Override
    public String name() {
        return "SelectBackward0";
    }

    @Override
    protected Tensor[] backward(Tensor grad) {
        Tensor out = Tensor.zeros(shape, grad.dtype());
        int rowLength = grad.numel();
        if (grad.dtype() == DType.FLOAT32) {
            System.arraycopy(grad.floatData(), 0, out.floatData(), index * rowLength, rowLength);
        } else {
            System.arraycopy(grad.doubleData(), 0, out.doubleData(), index * rowLength, rowLength);
        }
        return new Tensor[] {out};
    }
}
