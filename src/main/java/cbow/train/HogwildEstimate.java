package cbow.train;

import cbow.loss.NegativeSamplingLoss;
import cbow.loss.UnigramSampler;
import cbow.model.HogwildNetwork;
import java.util.SplittableRandom;

/**
 * What {@code --loss ns} with its defaults would take on a corpus, measured, not guessed: a short
 * burst of negative-sampling steps on a network of the run's vocabulary and dimension, on one thread,
 * scaled to the corpus's words, the default epochs and the run's threads. For the exact model's
 * estimate line: a user told that a run takes days learns in the same line what the fast loss costs.
 */
final class HogwildEstimate {
    private static final int STEPS = 20_000;

    private HogwildEstimate() {
    }

    /** Seconds for ns's default epochs over {@code words} words, with the vocabulary's {@code counts}. */
    static double seconds(TrainingSettings settings, long words, long[] counts) {
        int v = counts.length;
        int n = settings.dim();
        UnigramSampler sampler = new UnigramSampler(counts);
        HogwildNetwork network = new HogwildNetwork(v, n, HogwildNetwork.Hidden.LINEAR,
                new NegativeSamplingLoss(new float[v * n], n, TrainingSettings.DEFAULT_NEGATIVE, sampler), settings.seed());
        HogwildNetwork.Worker worker = network.worker();
        SplittableRandom random = new SplittableRandom(settings.seed());
        int[] context = new int[2 * settings.window()];
        long start = 0;
        for (int step = 0; step < 2 * STEPS; step++) {
            if (step == STEPS) {
                start = System.nanoTime(); // the first half warms up the JIT
            }
            int size = 1 + random.nextInt(context.length); // shrunk windows: 2 to 2C words, about C+1
            for (int c = 0; c < size; c++) {
                context[c] = sampler.sample(random);
            }
            worker.step(context, 0, size, sampler.sample(random), 0.025f, random);
        }
        double perStep = (System.nanoTime() - start) / 1e9 / STEPS;
        // subsampling at ns's default keeps roughly 3 words in 4 of real text (README): count them all
        return perStep * words * TrainingSettings.HOGWILD_EPOCHS / Math.max(1, settings.threads());
    }
}
