package dev.optex.session;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Passes bytes on up to a limit; past it, only counts them, so an oversized output can be measured without being
 * stored. Closing it leaves the stream it wraps open.
 */
final class CappedStream extends OutputStream {
    private final OutputStream out;
    private final long limit;
    private long count;

    CappedStream(OutputStream out, long limit) {
        this.out = out;
        this.limit = limit;
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        long kept = Math.max(0, Math.min(len, limit - count));
        count += len;
        out.write(b, off, (int) kept);
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }

    /** How many bytes were written, including those past the limit. */
    long count() {
        return count;
    }
}
