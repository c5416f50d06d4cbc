package cbow.spark;

import cbow.train.LossKind;

/**
 * How a round's summed row changes reach the driver's model: block momentum (Chen and Huo 2016, "BMUF",
 * as used to train speech models on many GPUs). The mean of the P partitions' changes feeds a
 * momentum G = mu G + zeta mean, and the model moves by G. Why not the plain sum: P copies trained from
 * the same model each move a frequent word's row most of the way to where it wants to be, and the sum
 * overshoots by P (8 partitions on Brown diverged). Why not the mean: a rare row that one partition
 * changed gets 1/P of its change (8 partitions learned nothing). With zeta = P (1 - mu), a change the
 * partitions keep making reaches the model at P times their mean, the sum, spread over about
 * 1 / (1 - mu) rounds; a row that every partition moves to the same place (mean = the distance left)
 * converges instead of overshooting while zeta < 2 (1 + mu). The momentum still pending after the
 * last round is added at the end, so every change is delivered once in full (with negative sampling
 * the output rows' change {@link #NS_OUTPUT_RATE} times).
 */
final class BlockMomentum {
    /**
     * With negative sampling the output rows move by this many times their summed change; zeta stays
     * under the stability limit (1.5 (1 + mu) < 2 (1 + mu)). Measured, not derived: 2 partitions,
     * 5 epochs, medians of 3 seeds, chosen on Brown (analogies 3.22 -> 3.49 %, WS-353 0.228 -> 0.226;
     * 0.5x: 2.73 %; 2x: 3.22 %) and confirmed on WordNet's glosses (0.442 / 6.45 % -> 0.478 / 6.85 %;
     * one machine 0.446 / 7.30 %); 8 partitions on Brown, seed 1: 0.175 / 2.78 % -> 0.186 / 3.24 %.
     * Scaling the input rows instead (1.5x) changed nothing. Not measured with the hierarchical
     * softmax's tree nodes, which keep 1 ({@link #outputRateFor}).
     */
    static final double NS_OUTPUT_RATE = 1.5;

    private final float[] input;
    private final float[] output;
    private final int partitions;
    private final double momentum;
    private final double blockRate;
    private final double outputRate;

    /**
     * @param momentum   mu in [0, 1): how long a change keeps moving the model (about 1 / (1 - mu) rounds)
     * @param outputRate the output rows' change is delivered this many times (1, or {@link #NS_OUTPUT_RATE})
     */
    BlockMomentum(int inputLength, int outputLength, int partitions, double momentum, double outputRate) {
        if (!(momentum >= 0 && momentum < 1)) {
            throw new IllegalArgumentException("the block momentum must be in [0, 1), not " + momentum);
        }
        this.input = new float[inputLength];
        this.output = new float[outputLength];
        this.partitions = partitions;
        this.momentum = momentum;
        this.blockRate = partitions * (1 - momentum);
        this.outputRate = outputRate;
    }

    /** The output rows' rate for a loss: {@link #NS_OUTPUT_RATE} with negative sampling, else 1. */
    static double outputRateFor(LossKind loss) {
        return loss == LossKind.NS ? NS_OUTPUT_RATE : 1;
    }

    /**
     * The momentum for P partitions: the smallest that keeps a saturated row's error shrinking with
     * margin (zeta at most 1 + mu, half the stability limit): mu = (P - 1) / (P + 1), 1/3 at 2
     * partitions, 7/9 at 8; 0 (the plain sum) at 1.
     */
    static double momentumFor(int partitions) {
        return (partitions - 1.0) / (partitions + 1.0);
    }

    double momentum() {
        return momentum;
    }

    double blockRate() {
        return blockRate;
    }

    /** One round: G = mu G + zeta (sum / P) (output rows: zeta times the output rate); the model moves by G. */
    void apply(RowDelta sum, float[] modelInput, float[] modelOutput) {
        scale(input, (float) momentum);
        scale(output, (float) momentum);
        double perPartition = blockRate / partitions;
        sum.addTo(input, output, (float) perPartition, (float) (perPartition * outputRate));
        add(modelInput, input, 1f);
        add(modelOutput, output, 1f);
    }

    /** After the last round: the momentum's pending tail, mu G + mu^2 G + ... = mu / (1 - mu) G. */
    void finish(float[] modelInput, float[] modelOutput) {
        float tail = (float) (momentum / (1 - momentum));
        add(modelInput, input, tail);
        add(modelOutput, output, tail);
    }

    private static void scale(float[] a, float f) {
        for (int i = 0; i < a.length; i++) {
            a[i] *= f;
        }
    }

    private static void add(float[] to, float[] from, float f) {
        for (int i = 0; i < to.length; i++) {
            to[i] += f * from[i];
        }
    }
}
