package cbow.api;

/**
 * Hears how a training run goes: about 50 reports an epoch and one at the end of each. It is called
 * on a training thread, so it should return quickly; it may call {@link Cancellation#cancel()}.
 */
@FunctionalInterface
public interface TrainingProgress {
    /**
     * One report.
     *
     * @param epoch          the epoch under way, from 1
     * @param epochs         the epochs of the run
     * @param fraction       how much of the whole run is done, from 0 to 1
     * @param loss           the mean loss over the steps since the last report (at an epoch's end: over the epoch)
     * @param wordsPerSecond the pace of the epoch so far
     */
    void report(int epoch, int epochs, double fraction, double loss, double wordsPerSecond);
}
