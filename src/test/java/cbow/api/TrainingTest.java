package cbow.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cbow.cli.CliRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Training through the library: the same vectors as cbow train, from any source, with progress and cancellation. */
class TrainingTest {
    private static final Path PLANTED = Path.of(System.getProperty("cbow.projectDir", "."), "data", "planted.txt");

    @TempDir
    Path dir;

    @Test
    void aPathAStreamAndAnIterableGiveTheVectorsCbowTrainWrites() throws IOException {
        for (String loss : List.of("ns", "softmax")) {
            Path cli = dir.resolve(loss + ".bin");
            CliRun run = CliRun.inProcess("train", "-q", "--loss", loss, "--threads", "1", "--epochs", "2",
                    PLANTED.toString(), "-o", cli.toString(), "--format", "word2vec-binary");
            assertEquals(0, run.exitCode(), run.err());
            WordEmbeddings expected = WordEmbeddings.load(cli);
            Training training = (loss.equals("ns") ? Training.negativeSampling() : Training.softmax()).threads(1).epochs(2);
            WordEmbeddings fromPath = training.train(PLANTED);
            WordEmbeddings fromStream;
            try (Stream<String> lines = Files.lines(PLANTED)) {
                fromStream = training.train(lines);
            }
            WordEmbeddings fromIterable = training.train(Files.readAllLines(PLANTED));
            for (WordEmbeddings v : List.of(fromPath, fromStream, fromIterable)) {
                assertEquals(expected.words(), v.words(), loss);
                for (String w : v.words()) {
                    assertArrayEquals(expected.vector(w), v.vector(w), loss + " " + w);
                }
            }
            assertTrue(fromPath.count("cat") > 0, "trained vectors carry counts");
        }
    }

    @Test
    void progressReportsRiseToTheEnd() {
        List<Double> fractions = new ArrayList<>();
        List<Integer> epochs = new ArrayList<>();
        Training.negativeSampling().threads(1).epochs(3)
                .progress((epoch, total, fraction, loss, pace) -> {
                    assertTrue(Double.isFinite(loss) && loss > 0, "loss " + loss);
                    assertEquals(3, total);
                    fractions.add(fraction);
                    epochs.add(epoch);
                })
                .train(lines(2000));
        assertTrue(fractions.size() > 10, "reports: " + fractions.size());
        for (int i = 1; i < fractions.size(); i++) {
            assertTrue(fractions.get(i) >= fractions.get(i - 1), fractions.toString());
        }
        assertEquals(1.0, fractions.get(fractions.size() - 1));
        assertEquals(3, epochs.get(epochs.size() - 1));
    }

    @Test
    void cancellingStopsTrainingWithinAReportOnEveryModel() {
        for (Training training : List.of(Training.negativeSampling().threads(2), Training.hierarchicalSoftmax().threads(2),
                Training.softmax().threads(2))) {
            Cancellation cancel = new Cancellation();
            AtomicInteger reports = new AtomicInteger();
            assertThrows(TrainingCancelledException.class, () -> training.epochs(50).cancellation(cancel)
                    .progress((epoch, epochs, fraction, loss, pace) -> {
                        if (reports.incrementAndGet() == 3) {
                            cancel.cancel();
                        }
                    })
                    .train(lines(3000)));
            assertEquals(3, reports.get(), "no report after the cancel");
        }
    }

    @Test
    void cancellingFromAnotherThreadAndWhileReadingStopsTheRun() throws Exception {
        // while reading: the iterable is not read to its end
        Cancellation reading = new Cancellation();
        AtomicInteger served = new AtomicInteger();
        Iterable<String> endless = () -> new Iterator<>() {
            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public String next() {
                if (served.incrementAndGet() == 1000) {
                    reading.cancel();
                }
                return "the cat sat on the mat";
            }
        };
        assertThrows(TrainingCancelledException.class, () -> Training.negativeSampling().cancellation(reading).train(endless));
        assertEquals(1000, served.get());
        // from another thread, in the middle of a long run
        Cancellation cancel = new Cancellation();
        AtomicInteger reports = new AtomicInteger();
        Thread canceller = new Thread(() -> {
            while (reports.get() < 2) {
                Thread.onSpinWait();
            }
            cancel.cancel();
        });
        canceller.start();
        long start = System.nanoTime();
        assertThrows(TrainingCancelledException.class, () -> Training.negativeSampling().threads(2).epochs(1000)
                .cancellation(cancel).progress((e, n, f, l, p) -> reports.incrementAndGet()).train(lines(3000)));
        canceller.join();
        assertTrue(System.nanoTime() - start < 60e9, "stopped long before 1000 epochs");
    }

    @Test
    void settingsOutOfRangeAndEmptyCorporaAreIllegalArguments() {
        assertThrows(IllegalArgumentException.class, () -> Training.negativeSampling().dim(0).train(lines(10)));
        assertThrows(IllegalArgumentException.class, () -> Training.negativeSampling().train(List.of("", " ")));
        assertThrows(IllegalArgumentException.class, () -> Training.negativeSampling().optimizer("adam").train(lines(10)));
        assertThrows(IllegalArgumentException.class, () -> Training.softmax().optimizer("nesterov").train(lines(10)));
    }

    /** Sentences from a fixed little grammar: enough words and lines for several reports an epoch. */
    private static List<String> lines(int n) {
        String[] subjects = {"the cat", "a dog", "the horse", "my cow", "the sheep", "a goat"};
        String[] verbs = {"eats", "sees", "likes", "chases", "finds"};
        String[] objects = {"an apple", "the pear", "a plum", "the peach", "a mango", "the cherry"};
        List<String> lines = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            lines.add(subjects[i % 6] + " " + verbs[(i / 6) % 5] + " " + objects[(i / 30) % 6] + " in the field");
        }
        return lines;
    }
}
