package dev.procura.conversions.render;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/** The caller's stream as the libraries see it: their close() only flushes, the caller closes it. */
final class KeptOpenStream extends FilterOutputStream {

    KeptOpenStream(OutputStream out) {
        super(out);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        out.write(bytes, offset, length);
    }

    @Override
    public void close() throws IOException {
        out.flush();
    }
}
