package cbow.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The bytes a run writes do not change when the code is restructured: each case trains as the
 * fixture's command did, before the change, and compares the JSON byte for byte (src/test/resources/
 * cbow/fixtures). The exact model on any thread count; ns and hs on one thread, where they are
 * reproducible. The fixtures were made before ns and hs ended lines with a token and ns drew
 * negatives from counts^0.5 by default: their commands say --no-line-end-token and --neg-power 0.75.
 * The ns and hs files were written again when their input vectors' start became +-1/N (fixtures/README.txt);
 * hs-t1 says --tree huffman since hs rebuilds its tree by meaning by default, which hs-meaning pins.
 * A checkpoint written before still resumes, to the same bytes.
 */
class RegressionFixtureTest {
    private static final Path CORPUS = Path.of("data", "planted.txt");

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "softmax-t1        | --dim 8 --epochs 2 --threads 1",
        "softmax-t1        | --dim 8 --epochs 2 --threads 2",
        "softmax-sgd-fixed | --dim 8 --epochs 2 --threads 2 --optimizer sgd --alpha 0.5 --fixed-window --decay none --sample 0",
        "softmax-adagrad   | --dim 8 --epochs 2 --threads 1 --optimizer adagrad --alpha 0.05 --batch-size 32 --vectors input",
        "ns-t1             | --loss ns --dim 8 --epochs 2 --threads 1 --no-line-end-token --neg-power 0.75",
        "ns-relu-avg       | --loss ns --dim 8 --epochs 2 --threads 1 --hidden relu --vectors average --negative 3 --window 3 --no-line-end-token --neg-power 0.75",
        "hs-t1             | --loss hs --dim 8 --epochs 2 --threads 1 --no-line-end-token --tree huffman",
        "hs-meaning        | --loss hs --dim 8 --epochs 3 --threads 1",
        "ns-output         | --loss ns --dim 8 --epochs 2 --threads 1 --vectors output --sample 0 --fixed-window --no-line-end-token --neg-power 0.75",
    })
    void trainingWritesTheFixturesBytes(String fixture, String options) throws IOException {
        Path out = dir.resolve("out.json");
        List<String> args = new ArrayList<>(List.of("train", CORPUS.toString(), "-q", "-o", out.toString()));
        args.addAll(List.of(options.trim().split(" +")));
        CliRun run = CliRun.inProcess(args.toArray(String[]::new));
        assertEquals(0, run.exitCode(), run.toString());
        assertArrayEquals(fixture(fixture + ".json"), Files.readAllBytes(out), fixture);
    }

    @ParameterizedTest(name = "resume a checkpoint written before")
    @CsvSource("ck2.ckpt")
    void anOldCheckpointResumesToTheSameBytes(String checkpoint) throws IOException {
        Path ckpt = dir.resolve(checkpoint);
        try (InputStream in = fixtureStream(checkpoint)) {
            Files.copy(in, ckpt, StandardCopyOption.REPLACE_EXISTING);
        }
        Path out = dir.resolve("resumed.json");
        CliRun run = CliRun.inProcess("train", CORPUS.toString(), "-q", "-o", out.toString(),
                "--epochs", "3", "--threads", "1", "--resume", ckpt.toString());
        assertEquals(0, run.exitCode(), run.toString());
        assertArrayEquals(fixture("ck-resumed.json"), Files.readAllBytes(out));
    }

    private static byte[] fixture(String name) throws IOException {
        try (InputStream in = fixtureStream(name)) {
            return in.readAllBytes();
        }
    }

    private static InputStream fixtureStream(String name) {
        InputStream in = RegressionFixtureTest.class.getResourceAsStream("/cbow/fixtures/" + name);
        if (in == null) {
            throw new AssertionError("missing fixture " + name);
        }
        return in;
    }
}
