package cbow.train;

/** The output layer a run trains: the seed's exact softmax, or one of word2vec's cheap stand-ins. */
public enum LossKind {
    SOFTMAX("softmax"), NS("ns"), HS("hs");

    private final String name;

    LossKind(String name) {
        this.name = name;
    }

    /** The name used on the command line and in the embeddings file. */
    public String label() {
        return name;
    }

    public static LossKind parse(String text) {
        for (LossKind k : values()) {
            if (k.name.equals(text)) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown loss '" + text + "' (softmax, ns or hs)");
    }
}
