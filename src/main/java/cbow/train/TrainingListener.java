package cbow.train;

/** Hears how training goes, for progress reports; the trainer itself prints nothing. */
public interface TrainingListener {
    /** After every logged stretch of steps: the mean cost over it and the pace so far this epoch. */
    default void progress(int epoch, int epochs, int batch, int batches, double recentLoss, double wordsPerSecond) {
    }

    /** After every epoch (1-based): its mean cost and its pace. */
    default void epochFinished(int epoch, int epochs, double meanLoss, double wordsPerSecond, double seconds) {
    }

    /**
     * Now and then during long work between epochs (hs's tree rebuilt by meaning: minutes with millions
     * of words), when no step reports progress; what it throws ends the run, as from the others. It
     * may be called from several threads at once.
     */
    default void busy() {
    }

    TrainingListener SILENT = new TrainingListener() {
    };
}
