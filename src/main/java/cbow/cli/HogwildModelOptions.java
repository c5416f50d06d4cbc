package cbow.cli;

import cbow.model.HogwildNetwork;
import cbow.train.TrainingSettings;
import cbow.train.TreeKind;
import picocli.CommandLine.Option;

/** The options of the lock-free losses alone, {@code --loss ns} and {@code hs} (a picocli mixin of {@code cbow train}). */
final class HogwildModelOptions {
    @Option(names = "--negative", paramLabel = "K",
            description = "ns only: negative samples per example. Default: " + TrainingSettings.DEFAULT_NEGATIVE + ".")
    Integer negative;

    @Option(names = "--neg-power", paramLabel = "P",
            description = "ns only: negatives are drawn in proportion to the words' counts to the power P, 0 to 1"
                    + " (word2vec and gensim: 0.75, fastText: 0.5). Default: " + TrainingSettings.DEFAULT_NEG_POWER + ".")
    Double negPower;

    @Option(names = "--hidden", paramLabel = "linear|relu",
            description = "ns and hs only: the hidden layer, the plain mean of the context vectors (word2vec), or the seed's ReLU with b1."
                    + " Default: linear.")
    HogwildNetwork.Hidden hidden;

    @Option(names = "--line-end-token", negatable = true,
            description = "ns and hs only: end every line with a token " + TrainingSettings.LINE_END_TOKEN
                    + ", trained as a word and written with the vectors (fastText's); --no-line-end-token: none (word2vec's)."
                    + " Default: " + (TrainingSettings.NS_LINE_END_TOKEN ? "on" : "off") + " with ns, "
                    + (TrainingSettings.HS_LINE_END_TOKEN ? "on" : "off") + " with hs.")
    Boolean lineEndToken;

    @Option(names = "--tree", paramLabel = "huffman|meaning",
            description = "hs only: the tree over the words, word2vec's Huffman tree of the counts throughout (huffman),"
                    + " or that tree at first and then one whose siblings are words of like meaning, built from the vectors"
                    + " after a fifth and after two fifths of the epochs (meaning; 5 epochs: after 1 and 2)."
                    + " Default: meaning (huffman with cbow spark).")
    TreeKind tree;

    void applyTo(TrainingSettings.Builder settings) {
        settings.negative(negative).negPower(negPower).hidden(hidden).lineEndToken(lineEndToken).tree(tree);
    }
}
