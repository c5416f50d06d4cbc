package cbow.io;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * A child process for {@code InterruptTest}: starts an {@link AtomicFile} write of its first argument,
 * writes part of the content, says so on standard output, and waits to be killed mid-write.
 */
public final class SlowWriteProbe {
    private SlowWriteProbe() {
    }

    public static void main(String[] args) throws Exception {
        AtomicFile.write(Path.of(args[0]), out -> {
            out.write("the new content, half written".getBytes(StandardCharsets.UTF_8));
            out.flush();
            System.out.println("writing");
            System.out.flush();
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        System.exit(3); // not reached when killed in time
    }
}
