package dev.procura.conversions.render;

import java.io.IOException;

/**
 * Streams rows into one output file. Rows are written as they come and are not kept: a renderer's
 * memory does not grow with the number of rows (SXSSF window, PDF pages flushed as they fill).
 * {@link #finish} writes what follows the last row (totals, the document's end) to the stream;
 * {@link #close} releases what the renderer holds (temporary files) and never closes the stream.
 */
public interface Renderer extends AutoCloseable {

    void write(Row row) throws IOException;

    void finish() throws IOException;

    @Override
    void close();
}
