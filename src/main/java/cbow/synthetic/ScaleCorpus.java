package cbow.synthetic;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;

/**
 * Generates a corpus of any size that looks like real text to a trainer, for the scale benchmark
 * ({@code bench/scale.sh}):
 * <ul>
 * <li>word frequencies follow the two regimes of real text (Ferrer i Cancho and Sole 2001): Zipf's
 *     1/r for the {@value #CORE} most frequent words, 1/r^2 beyond, over an unbounded vocabulary, so that
 *     the number of distinct words grows with the text as Heaps' law says, about as the square root
 *     (some 0.2 M distinct words at 10 M tokens, 2 M at 1 B; about 40 k and 0.4 M seen 5 times);</li>
 * <li>sentence lengths are log-normal around a median of 18 words (real text's shape);</li>
 * <li>planted structure: {@value #GROUPS} groups of {@value #GROUP_SIZE} interchangeable words, each
 *     group with {@value #CUES} cue words of its own; one sentence in {@value #PLANTED_EVERY} puts a
 *     random member of a random group next to its group's cues, so a trainer that learns anything
 *     places each member nearest to the other members of its group, at any corpus size. The planted
 *     words are {@code g<group>m<member>}, listed by {@code bench/planted_recovery.py}.</li>
 * </ul>
 * Words are lowercase ASCII, built from a rank's digits in base 26, so rare words are longer as in
 * real text. Same arguments, same bytes.
 */
public final class ScaleCorpus {
    /** Ranks 1..CORE are Zipf's 1/r; the rest fall as 1/r^2, continuing the density at CORE. */
    static final int CORE = 8000;
    /** The share of tokens from the core: ln CORE / (ln CORE + 1), which makes the density continuous. */
    private static final double CORE_SHARE = Math.log(CORE) / (Math.log(CORE) + 1);
    static final int GROUPS = 10;
    static final int GROUP_SIZE = 6;
    static final int CUES = 4;
    static final int PLANTED_EVERY = 10;

    private ScaleCorpus() {
    }

    /** Usage: {@code ScaleCorpus TOKENS FILE [SEED]}. */
    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: ScaleCorpus TOKENS FILE [SEED]");
            System.exit(2);
        }
        long tokens = Long.parseLong(args[0].replace("_", ""));
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 1;
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(Path.of(args[1])), 1 << 20)) {
            write(tokens, seed, out);
        }
    }

    /** Writes sentences until at least {@code tokens} words are written. */
    public static void write(long tokens, long seed, OutputStream out) throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        byte[] line = new byte[1 << 16];
        double logCore = Math.log(CORE);
        long written = 0;
        long sentence = 0;
        while (written < tokens) {
            int length = (int) Math.max(2, Math.min(200, Math.round(Math.exp(2.9 + 0.55 * random.nextGaussian()))));
            int n = 0;
            int plantAt = sentence % PLANTED_EVERY == 0 ? random.nextInt(length) : -1;
            int group = random.nextInt(GROUPS);
            for (int i = 0; i < length; i++) {
                if (i == plantAt) {
                    // cue, member, cue: the member's context is its group's
                    n = word(line, n, "c" + group + "x" + random.nextInt(CUES));
                    n = word(line, n, "g" + group + "m" + random.nextInt(GROUP_SIZE));
                    n = word(line, n, "c" + group + "x" + random.nextInt(CUES));
                    written += 3;
                } else {
                    // by inversion: 1/r on [1, CORE), then a Pareto tail 1/r^2 from CORE on
                    double u = random.nextDouble();
                    long rank = u < CORE_SHARE
                            ? (long) Math.exp(u / CORE_SHARE * logCore)
                            : (long) Math.min(4e18, CORE / (1 - (u - CORE_SHARE) / (1 - CORE_SHARE)));
                    n = word(line, n, rank);
                    written++;
                }
            }
            line[n - 1] = '\n';
            out.write(line, 0, n);
            sentence++;
        }
    }

    private static int word(byte[] line, int at, String word) {
        byte[] bytes = word.getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(bytes, 0, line, at, bytes.length);
        line[at + bytes.length] = ' ';
        return at + bytes.length + 1;
    }

    /** Endings that give rank words the length of English ones (about 5 letters on average). */
    private static final byte[][] ENDINGS = {"".getBytes(StandardCharsets.US_ASCII), "s".getBytes(StandardCharsets.US_ASCII),
        "ed".getBytes(StandardCharsets.US_ASCII), "ing".getBytes(StandardCharsets.US_ASCII),
        "er".getBytes(StandardCharsets.US_ASCII), "ly".getBytes(StandardCharsets.US_ASCII),
        "tion".getBytes(StandardCharsets.US_ASCII)};

    /**
     * The word for a rank: its base-26 digits as letters, lowest first, at least three, then an ending
     * chosen by the rank. Letters only, so never one of the planted words, which hold digits. Now and
     * then two ranks spell the same word (as homographs do), which only merges their counts.
     */
    private static int word(byte[] line, int at, long rank) {
        long r = rank;
        int digits = 0;
        do {
            line[at++] = (byte) ('a' + (int) (r % 26));
            r /= 26;
            digits++;
        } while (r > 0 || digits < 3);
        byte[] ending = ENDINGS[(int) (rank % ENDINGS.length)];
        System.arraycopy(ending, 0, line, at, ending.length);
        at += ending.length;
        line[at] = ' ';
        return at + 1;
    }
}
