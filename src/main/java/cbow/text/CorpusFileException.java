package cbow.text;

import java.io.IOException;

/** A corpus file that cannot be found, read or decompressed; the message names the file. */
public final class CorpusFileException extends IOException {
    public CorpusFileException(String file, String problem, Throwable cause) {
        super(file + ": " + problem, cause);
    }
}
