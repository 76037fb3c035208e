package dev.optex.session;

import java.util.ArrayList;
import java.util.List;

/**
 * A run's recorded steps: for each row the step number, the loss and the tracked parameter components, in primitive
 * arrays grown in chunks (no boxing, no big copies). When the row count reaches the cap, every other row is dropped
 * (the first and last rows are kept), so memory stays flat however long a run plays; old steps become sparser.
 */
public final class RunHistory {
    /** Rows kept per run before older rows are thinned out: the start row and a million steps. */
    public static final int DEFAULT_CAP = 1_000_001;
    private static final int CHUNK_ROWS = 1 << 14;

    private final int width;
    private final int cap;
    private final List<double[]> chunks = new ArrayList<>();
    private int size;
    private long version;

    /** A history tracking {@code components} parameter components per row. */
    public RunHistory(int components) {
        this(components, DEFAULT_CAP);
    }

    public RunHistory(int components, int cap) {
        if (cap < 4) {
            throw new IllegalArgumentException("cap must be at least 4");
        }
        this.width = components + 2;
        this.cap = cap;
    }

    /** Number of tracked components per row. */
    public int components() {
        return width - 2;
    }

    public int size() {
        return size;
    }

    /**
     * Increases whenever rows are removed or thinned (not on plain appends), so a view that draws incrementally knows
     * when to redraw from scratch.
     */
    public long version() {
        return version;
    }

    /** Appends a row; {@code values} holds {@link #components()} numbers. */
    public void append(long step, double loss, double[] values) {
        if (size == cap) {
            thin();
        }
        int row = size % CHUNK_ROWS;
        if (row == 0 && size / CHUNK_ROWS == chunks.size()) {
            chunks.add(new double[CHUNK_ROWS * width]);
        }
        double[] chunk = chunks.get(size / CHUNK_ROWS);
        int base = row * width;
        chunk[base] = step;
        chunk[base + 1] = loss;
        System.arraycopy(values, 0, chunk, base + 2, width - 2);
        size++;
    }

    public long step(int row) {
        return (long) cell(row, 0);
    }

    public double loss(int row) {
        return cell(row, 1);
    }

    /** Replaces the loss of a row (the loss of the newest row is known only after a forward). */
    public void setLoss(int row, double loss) {
        checkRow(row);
        chunks.get(row / CHUNK_ROWS)[(row % CHUNK_ROWS) * width + 1] = loss;
    }

    /** Component {@code c} of row {@code row}. */
    public double value(int row, int c) {
        return cell(row, c + 2);
    }

    /** Keeps the first {@code rows} rows (undo). */
    public void truncate(int rows) {
        if (rows < 0 || rows > size) {
            throw new IndexOutOfBoundsException(rows);
        }
        size = rows;
        while (chunks.size() > (size + CHUNK_ROWS - 1) / CHUNK_ROWS) {
            chunks.remove(chunks.size() - 1);
        }
        version++;
    }

    /** A copy with the same rows (a forked run starts with its parent's history). */
    public RunHistory copy() {
        RunHistory c = new RunHistory(width - 2, cap);
        for (double[] chunk : chunks) {
            c.chunks.add(chunk.clone());
        }
        c.size = size;
        return c;
    }

    private double cell(int row, int col) {
        checkRow(row);
        return chunks.get(row / CHUNK_ROWS)[(row % CHUNK_ROWS) * width + col];
    }

    private void checkRow(int row) {
        if (row < 0 || row >= size) {
            throw new IndexOutOfBoundsException(row);
        }
    }

    /** Drops every other row, keeping the first and the last, and releases the freed chunks. */
    private void thin() {
        int kept = 0;
        double[] rowBuf = new double[width];
        for (int r = 0; r < size; r++) {
            if (r % 2 != 0 && r != size - 1) {
                continue;
            }
            double[] src = chunks.get(r / CHUNK_ROWS);
            System.arraycopy(src, (r % CHUNK_ROWS) * width, rowBuf, 0, width);
            double[] dst = chunks.get(kept / CHUNK_ROWS);
            System.arraycopy(rowBuf, 0, dst, (kept % CHUNK_ROWS) * width, width);
            kept++;
        }
        size = kept;
        while (chunks.size() > (size + CHUNK_ROWS - 1) / CHUNK_ROWS) {
            chunks.remove(chunks.size() - 1);
        }
        version++;
    }
}
