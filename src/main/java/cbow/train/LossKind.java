package cbow.train;

import java.util.Locale;

/** The output layer a run trains: the seed's exact softmax, or one of word2vec's cheap stand-ins. */
public enum LossKind {
    SOFTMAX, NS, HS;

    /** The name used on the command line and in the embeddings file. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
