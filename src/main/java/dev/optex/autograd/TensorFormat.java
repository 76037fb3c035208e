package dev.optex.autograd;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntToDoubleFunction;

/**
 * PyTorch's {@code repr(tensor)} for floating tensors with the default print options (precision 4,
 * threshold 1000, edgeitems 3, linewidth 80), after {@code torch/_tensor_str.py}.
 */
public final class TensorFormat {

    private static final String PREFIX = "tensor(";
    private static final int THRESHOLD = 1000;
    private static final int EDGE_ITEMS = 3;
    private static final int LINE_WIDTH = 80;

    private TensorFormat() { }

    /**
     * Formats a tensor like PyTorch's {@code repr}.
     *
     * @param shape    the sizes; {@code []} for a 0-dim tensor
     * @param value    flat row-major element {@code i} as a double (float32 elements widened exactly)
     * @param suffixes e.g. {@code dtype=torch.float64}, {@code grad_fn=<SumBackward0>}, {@code requires_grad=True},
     *                 in PyTorch's order; {@code size=(…)} of an empty tensor is added here
     * @return e.g. {@code tensor([1.8200, 2.5950], requires_grad=True)}
     */
    public static String repr(int[] shape, IntToDoubleFunction value, List<String> suffixes) {
        long numel = 1;
        for (int size : shape) {
            numel *= size;
        }
        List<String> allSuffixes = new ArrayList<>();
        String body;
        if (numel == 0) {
            body = "[]";
            if (shape.length != 1) {
                allSuffixes.add("size=" + sizeTuple(shape));
            }
        } else {
            body = new Layout(shape, value, numel > THRESHOLD).render(PREFIX.length());
        }
        allSuffixes.addAll(suffixes);
        return addSuffixes(PREFIX + body, allSuffixes, PREFIX.length());
    }

    /** PyTorch's {@code _add_suffixes}: a suffix goes to a new line when it would pass the line width. */
    private static String addSuffixes(String tensorStr, List<String> suffixes, int indent) {
        StringBuilder sb = new StringBuilder(tensorStr);
        // Quirk kept from PyTorch: "len(s) - s.rfind('\n') + 1" counts two characters more than the last line has.
        int lastLineLen = tensorStr.length() - tensorStr.lastIndexOf('\n') + 1;
        for (String suffix : suffixes) {
            if (lastLineLen + suffix.length() + 2 > LINE_WIDTH) {
                sb.append(",\n").append(" ".repeat(indent)).append(suffix);
                lastLineLen = indent + suffix.length();
            } else {
                sb.append(", ").append(suffix);
                lastLineLen += suffix.length() + 2;
            }
        }
        return sb.append(')').toString();
    }

    private static String sizeTuple(int[] shape) {
        StringBuilder sb = new StringBuilder("(");
        for (int d = 0; d < shape.length; d++) {
            sb.append(d == 0 ? "" : ", ").append(shape[d]);
        }
        return sb.append(')').toString(); // never 1-D: PyTorch adds no size to an empty 1-D tensor
    }

    /**
     * The printed elements and their layout. When summarizing, each dimension longer than 2 × edgeitems
     * shows only its first and last {@value #EDGE_ITEMS} entries, and only those elements are ever read.
     */
    private static final class Layout {
        private final int[] shape;
        private final int[][] shown;      // per dimension: the indices that are printed
        private final boolean[] cut;      // per dimension: "..." after the first EDGE_ITEMS indices
        private final int[] stride;       // per dimension: row-major stride of the flat index
        private final int[] blockSize;    // per dimension: printed elements in one slice of the next dims
        private final ElementFormatter.Cells cells; // printed elements in row-major order

        Layout(int[] shape, IntToDoubleFunction value, boolean summarize) {
            this.shape = shape;
            int rank = shape.length;
            shown = new int[rank][];
            cut = new boolean[rank];
            stride = new int[rank];
            blockSize = new int[rank + 1];
            blockSize[rank] = 1;
            int flatStride = 1;
            for (int d = rank - 1; d >= 0; d--) {
                cut[d] = summarize && shape[d] > 2 * EDGE_ITEMS;
                shown[d] = cut[d] ? edgeIndices(shape[d]) : allIndices(shape[d]);
                stride[d] = flatStride;
                flatStride *= shape[d];
                blockSize[d] = blockSize[d + 1] * shown[d].length;
            }
            double[] values = new double[blockSize[0]];
            collect(value, 0, 0, 0, values);
            cells = ElementFormatter.formatAll(values);
        }

        private void collect(IntToDoubleFunction value, int dim, int flatIndex, int cell, double[] out) {
            if (dim == shape.length) {
                out[cell] = value.applyAsDouble(flatIndex);
                return;
            }
            for (int k = 0; k < shown[dim].length; k++) {
                collect(value, dim + 1, flatIndex + shown[dim][k] * stride[dim], cell + k * blockSize[dim + 1], out);
            }
        }

        String render(int indent) {
            return shape.length == 0 ? cells.text()[0] : render(0, 0, indent);
        }

        /** PyTorch's {@code _tensor_str_with_formatter} for the slice whose first cell is {@code start}. */
        private String render(int dim, int start, int indent) {
            List<String> parts = new ArrayList<>();
            int count = shown[dim].length;
            boolean vector = dim == shape.length - 1;
            for (int k = 0; k < count; k++) {
                if (cut[dim] && k == EDGE_ITEMS) {
                    parts.add(vector ? " ..." : "...");
                }
                parts.add(vector ? cells.text()[start + k] : render(dim + 1, start + k * blockSize[dim + 1], indent + 1));
            }
            if (vector) {
                return vector(parts, indent);
            }
            String separator = "," + "\n".repeat(shape.length - dim - 1) + " ".repeat(indent + 1);
            return "[" + String.join(separator, parts) + "]";
        }

        /** PyTorch's {@code _vector_str}: as many elements per line as fit in the line width. */
        private String vector(List<String> elements, int indent) {
            int elementLength = cells.width() + 2;
            int perLine = Math.max(1, Math.floorDiv(LINE_WIDTH - indent, elementLength));
            List<String> lines = new ArrayList<>();
            for (int i = 0; i < elements.size(); i += perLine) {
                lines.add(String.join(", ", elements.subList(i, Math.min(elements.size(), i + perLine))));
            }
            return "[" + String.join(",\n" + " ".repeat(indent + 1), lines) + "]";
        }

        private static int[] edgeIndices(int size) {
            int[] indices = new int[2 * EDGE_ITEMS];
            for (int k = 0; k < EDGE_ITEMS; k++) {
                indices[k] = k;
                indices[EDGE_ITEMS + k] = size - EDGE_ITEMS + k;
            }
            return indices;
        }

        private static int[] allIndices(int size) {
            int[] indices = new int[size];
            for (int i = 0; i < size; i++) {
                indices[i] = i;
            }
            return indices;
        }
    }
}
