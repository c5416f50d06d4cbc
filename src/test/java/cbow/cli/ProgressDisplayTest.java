package cbow.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** What the progress displays print: the learning rate and time left on plain lines, a bar that ends at 100 %. */
class ProgressDisplayTest {
    private static final ProgressDisplay.Rate HALVING = done -> 0.1 * (1 - done);

    @Test
    void linesOnAPipeCarryTheLearningRateAndTheTimeLeft() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ProgressLines lines = new ProgressLines(new PrintStream(bytes, true, StandardCharsets.UTF_8), HALVING, 0);
        lines.progress(1, 2, 10, 100, 5.0, 1000);
        Thread.sleep(200);
        lines.progress(1, 2, 60, 100, 4.0, 1000); // 25 % of the run in ~0.2 s: ~0.6 s to go
        lines.epochFinished(1, 2, 4.5, 1000, 0.3);
        lines.close();
        List<String> printed = List.of(bytes.toString(StandardCharsets.UTF_8).split("\n"));
        assertTrue(printed.get(1).matches("epoch 1/2   60\\.0%  loss 4\\.0000  lr 0\\.070000  1,000 words/s  ETA \\ds"), printed.get(1));
        Matcher eta = Pattern.compile("ETA (\\d)s").matcher(printed.get(1));
        assertTrue(eta.find());
        assertTrue(Integer.parseInt(eta.group(1)) <= 2, "0.2 s for a quarter of the run: under 2 s left, not " + eta.group(1));
        assertTrue(printed.get(2).matches("epoch 1/2  loss 4\\.5000  lr 0\\.050000  1,000 words/s  0\\.3 s  ETA \\ds"), printed.get(2));
    }

    @Test
    void theLastEpochLineHasNoTimeLeftAndTheFormatReadsAsClockTime() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ProgressLines lines = new ProgressLines(new PrintStream(bytes, true, StandardCharsets.UTF_8), HALVING, 0);
        lines.epochFinished(1, 1, 3.0, 10, 1.0);
        assertEquals("epoch 1/1  loss 3.0000  lr 0.000000  10 words/s  1.0 s\n", bytes.toString(StandardCharsets.UTF_8));
        assertEquals("45s", ProgressLines.TimeLeft.format(44.6));
        assertEquals("3m07s", ProgressLines.TimeLeft.format(187));
        assertEquals("2h05m", ProgressLines.TimeLeft.format(2 * 3600 + 5 * 60 + 20));
        assertEquals("?", ProgressLines.TimeLeft.format(Double.NaN));
    }

    /** An epoch that subsampling left without an example (a corpus of a few lines) says so, not "loss NaN". */
    @Test
    void anEpochWithoutExamplesSaysSo() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ProgressLines lines = new ProgressLines(new PrintStream(bytes, true, StandardCharsets.UTF_8), HALVING, 0);
        lines.epochFinished(1, 1, Double.NaN, 10, 1.0);
        assertEquals("epoch 1/1  no example  lr 0.000000  10 words/s  1.0 s\n", bytes.toString(StandardCharsets.UTF_8));
    }

    @Test
    void theBarEndsAtOneHundredPercentWhenTheLastReportFallsShort() throws Exception {
        // ns and hs report from one thread, whose last report comes before its share's end
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ProgressBarDisplay bar = new ProgressBarDisplay(new PrintStream(bytes, true, StandardCharsets.UTF_8), 150, HALVING);
        bar.progress(1, 2, 980, 1000, 5.0, 100);
        bar.epochFinished(1, 2, 5.0, 100, 1);
        bar.progress(2, 2, 990, 1000, 4.0, 100);
        bar.epochFinished(2, 2, 4.0, 100, 1);
        bar.close();
        String shown = bytes.toString(StandardCharsets.UTF_8);
        String last = shown.substring(shown.lastIndexOf('\r') + 1);
        assertTrue(last.matches("(?s)training\\s+100% \\[=+\\]\\s+2000/2000 .*"), last);
    }
}
