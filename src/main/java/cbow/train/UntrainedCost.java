package cbow.train;

import cbow.embed.Embeddings;
import cbow.loss.WordTree;
import java.util.Locale;

/**
 * The mean cost of a model that has learnt nothing yet, for the scale of a loss chart; it depends on
 * the output layer the embeddings were trained with:
 * <ul>
 * <li>softmax: cross-entropy over V words; guessing uniformly costs ln V;</li>
 * <li>ns: the log-loss of 1 + K binary outputs (the center word and K negatives); every output at
 *     1/2 (the output rows start at zero) costs (1 + K) ln 2;</li>
 * <li>hs: the log-loss of the binary outputs along the center word's path in the Huffman tree;
 *     every node at 1/2 costs ln 2 times the path's length, here averaged with the corpus counts.</li>
 * </ul>
 *
 * @param formula how the value is reached, for a legend ("(1 + K) ln 2")
 */
public record UntrainedCost(String formula, double value) {
    /** The untrained cost of the model {@code embeddings} came from, or null when the file cannot tell it. */
    public static UntrainedCost of(Embeddings embeddings) {
        Object loss = embeddings.settings().get("loss");
        switch (loss == null ? LossKind.SOFTMAX.label() : loss.toString()) {
            case "ns" -> {
                if (!(embeddings.settings().get("negative") instanceof Number k)) {
                    return null;
                }
                return new UntrainedCost("every output at 1/2, (1 + K) ln 2", (1 + k.longValue()) * Math.log(2));
            }
            case "hs" -> {
                long[] counts = new long[embeddings.size()];
                long total = 0;
                for (int i = 0; i < counts.length; i++) {
                    counts[i] = embeddings.count(i);
                    total += counts[i];
                }
                if (total == 0) {
                    return null; // no counts: no tree to measure
                }
                WordTree tree = WordTree.huffman(counts); // the tree every hs run starts on, from the same counts
                double weighted = 0;
                for (int i = 0; i < counts.length; i++) {
                    weighted += (double) counts[i] * tree.code(i).length;
                }
                return new UntrainedCost("every node at 1/2, ln 2 x mean code length", Math.log(2) * weighted / total);
            }
            default -> {
                return new UntrainedCost("uniform guess, ln V", Math.log(embeddings.size()));
            }
        }
    }

    /** "uniform guess, ln V = 9.56": the legend of the reference line. */
    public String legend() {
        return String.format(Locale.ROOT, "%s = %.2f", formula, value);
    }
}
