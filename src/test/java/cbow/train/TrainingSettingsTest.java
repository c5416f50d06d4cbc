package cbow.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cbow.model.HogwildNetwork;
import cbow.model.WordVectors;
import cbow.optim.Optimizer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The one home of the settings: each loss's defaults, the options a loss would ignore, the thread bound. */
class TrainingSettingsTest {
    @Test
    void anEmptyBuilderGivesTheExactModelsDefaults() {
        TrainingSettings s = TrainingSettings.builder().threads(3).build();
        assertEquals(LossKind.SOFTMAX, s.loss());
        assertEquals(TrainingSettings.DEFAULT_DIM, s.dim());
        assertEquals(TrainingSettings.DEFAULT_WINDOW, s.window());
        assertEquals(TrainingSettings.SOFTMAX_ALPHA, s.alpha());
        assertEquals(TrainingSettings.SOFTMAX_EPOCHS, s.epochs());
        assertEquals(TrainingSettings.SOFTMAX_SAMPLE, s.sample());
        assertEquals(Optimizer.ADAM, s.optimizer());
        assertEquals(Decay.LINEAR, s.decay());
        assertEquals(WordVectors.AVERAGE, s.vectors());
        assertEquals(3, s.threads());
        assertEquals(false, s.lineEndToken());
    }

    @Test
    void theLockFreeLossesHaveTheirOwnDefaults() {
        for (LossKind loss : new LossKind[] {LossKind.NS, LossKind.HS}) {
            TrainingSettings s = TrainingSettings.builder().loss(loss).build();
            assertEquals(TrainingSettings.HOGWILD_ALPHA, s.alpha(), loss.label());
            assertEquals(TrainingSettings.HOGWILD_EPOCHS, s.epochs(), loss.label());
            assertEquals(TrainingSettings.HOGWILD_SAMPLE, s.sample(), loss.label());
            assertEquals(HogwildNetwork.Hidden.LINEAR, s.hidden(), loss.label());
            assertEquals(WordVectors.INPUT, s.vectors(), loss.label());
            assertEquals(loss == LossKind.NS ? TrainingSettings.NS_LINE_END_TOKEN : TrainingSettings.HS_LINE_END_TOKEN,
                    s.lineEndToken(), loss.label());
            assertEquals(TrainingSettings.DEFAULT_NEG_POWER, s.negPower(), loss.label());
        }
    }

    @Test
    void longRunsKeepTheDistanceAndNsWritesTheAverageOnceThere() {
        TrainingSettings.Builder ns = TrainingSettings.builder().loss(LossKind.NS);
        // up to 10 epochs: the rate of 5, the input vectors until alpha x epochs reaches 0.75
        assertEquals(TrainingSettings.HOGWILD_ALPHA, ns.epochs(9).build().alpha());
        assertEquals(WordVectors.INPUT, ns.epochs(9).build().vectors());
        assertEquals(TrainingSettings.HOGWILD_ALPHA, ns.epochs(10).build().alpha());
        assertEquals(WordVectors.AVERAGE, ns.epochs(10).build().vectors());
        // beyond: the same distance in smaller steps
        assertEquals(0.0375, ns.epochs(20).build().alpha(), 1e-12);
        assertEquals(WordVectors.AVERAGE, ns.epochs(20).build().vectors());
        // a rate given is kept, and the vectors follow the distance it makes
        assertEquals(WordVectors.INPUT, ns.epochs(20).alpha(0.025).build().vectors());
        assertEquals(WordVectors.AVERAGE, ns.epochs(8).alpha(0.1).build().vectors());
        // vectors given are kept; subwords keep the input (unseen words are built from input rows)
        assertEquals(WordVectors.OUTPUT, ns.alpha(null).epochs(20).vectors(WordVectors.OUTPUT).build().vectors());
        assertEquals(WordVectors.INPUT, ns.vectors(null).subwords(true).build().vectors());
        // hs takes the rate, not the average (its output rows are tree nodes)
        TrainingSettings hs = TrainingSettings.builder().loss(LossKind.HS).epochs(20).build();
        assertEquals(0.0375, hs.alpha(), 1e-12);
        assertEquals(WordVectors.INPUT, hs.vectors());
        // a bad epoch count is reported as itself, not as a bad rate
        assertRefused("--epochs must be at least 1, got 0", TrainingSettings.builder().loss(LossKind.NS).epochs(0));
    }

    @Test
    void anOptionTheLossWouldIgnoreIsRefusedNotDropped() {
        assertRefused("--negative goes with --loss ns", TrainingSettings.builder().negative(3));
        assertRefused("--hidden goes with --loss ns or hs", TrainingSettings.builder().hidden(HogwildNetwork.Hidden.RELU));
        assertRefused("--negative goes with --loss ns", TrainingSettings.builder().loss(LossKind.HS).negative(3));
        assertRefused("--batch-size goes with --loss softmax (ns and hs step one example at a time)",
                TrainingSettings.builder().loss(LossKind.NS).batchSize(64));
        assertRefused("--decay and --optimizer go with --loss softmax (ns and hs step by plain SGD, decaying linearly)",
                TrainingSettings.builder().loss(LossKind.NS).optimizer(Optimizer.SGD));
        assertRefused("--neg-power goes with --loss ns", TrainingSettings.builder().negPower(0.5));
        assertRefused("--neg-power goes with --loss ns", TrainingSettings.builder().loss(LossKind.HS).negPower(0.5));
        assertRefused("--neg-power must be 0 to 1, got 1.5", TrainingSettings.builder().loss(LossKind.NS).negPower(1.5));
        assertRefused("--line-end-token goes with --loss ns or hs", TrainingSettings.builder().lineEndToken(true));
        assertRefused("--line-end-token goes with --loss ns or hs", TrainingSettings.builder().lineEndToken(false));
    }

    @Test
    void theNegativesExponentIsInTheSettingsMapOnlyWhenNotWord2vecs() {
        // files written before the option existed drew from counts^0.75 and had no key: they must read the same
        assertEquals(0.5, TrainingSettings.builder().loss(LossKind.NS).negPower(0.5).build().asMap().get("neg_power"));
        assertEquals(false, TrainingSettings.builder().loss(LossKind.NS).negPower(0.75).build().asMap()
                .containsKey("neg_power"));
    }

    @Test
    void theLineEndTokenIsInTheSettingsMapOnlyWhenUsed() {
        // files written before the token existed had neither the token nor the key: they must read the same
        assertEquals(TrainingSettings.LINE_END_TOKEN,
                TrainingSettings.builder().loss(LossKind.NS).lineEndToken(true).build().asMap().get("line_end_token"));
        assertEquals(false, TrainingSettings.builder().loss(LossKind.HS).lineEndToken(false).build().asMap()
                .containsKey("line_end_token"));
        assertEquals(false, TrainingSettings.builder().build().asMap().containsKey("line_end_token"));
    }

    @Test
    void threadsAreBounded() {
        assertRefused("--threads must be 0 (all processors) to 1024, got 5000", TrainingSettings.builder().threads(5000));
        assertRefused("--threads must be 0 (all processors) to 1024, got -1", TrainingSettings.builder().threads(-1));
        assertEquals(Runtime.getRuntime().availableProcessors(), TrainingSettings.builder().threads(0).build().threads());
    }

    @Test
    void hsRebuildsItsTreeByMeaningUnlessHuffmanIsAsked() {
        TrainingSettings hs = TrainingSettings.builder().loss(LossKind.HS).build();
        assertEquals(TreeKind.MEANING, hs.tree());
        assertEquals("meaning", hs.asMap().get("tree"));
        TrainingSettings huffman = TrainingSettings.builder().loss(LossKind.HS).tree(TreeKind.HUFFMAN).build();
        assertFalse(huffman.asMap().containsKey("tree"), "files of Huffman runs keep their keys as before");
        assertEquals(TreeKind.HUFFMAN, TrainingSettings.builder().loss(LossKind.HS).huffmanTreeOnly("no").build().tree());
        assertRefused("no", TrainingSettings.builder().loss(LossKind.HS).huffmanTreeOnly("no").tree(TreeKind.MEANING));
        assertEquals(TreeKind.HUFFMAN, TrainingSettings.builder().loss(LossKind.NS).build().tree());
        assertFalse(TrainingSettings.builder().loss(LossKind.NS).build().asMap().containsKey("tree"));
        assertRefused("--tree goes with --loss hs", TrainingSettings.builder().loss(LossKind.NS).tree(TreeKind.MEANING));
        assertRefused("--tree goes with --loss hs", TrainingSettings.builder().tree(TreeKind.HUFFMAN));
        // rebuilt after a fifth and two fifths of the epochs when more follow, never with Huffman
        assertEquals(List.of(2, 3), rebuilds(TreeKind.MEANING, 5));
        assertEquals(List.of(5, 9), rebuilds(TreeKind.MEANING, 20));
        assertEquals(List.of(3, 5), rebuilds(TreeKind.MEANING, 10));
        assertEquals(List.of(2), rebuilds(TreeKind.MEANING, 3));
        assertEquals(List.of(2), rebuilds(TreeKind.MEANING, 2));
        assertEquals(List.of(), rebuilds(TreeKind.MEANING, 1));
        assertEquals(List.of(), rebuilds(TreeKind.HUFFMAN, 20));
    }

    /** The epochs before which the tree is built anew. */
    private static List<Integer> rebuilds(TreeKind tree, int epochs) {
        List<Integer> before = new ArrayList<>();
        for (int next = 1; next <= epochs; next++) {
            if (tree.rebuildsBefore(next, epochs)) {
                before.add(next);
            }
        }
        return before;
    }

    private static void assertRefused(String message, TrainingSettings.Builder builder) {
        assertEquals(message, assertThrows(IllegalArgumentException.class, builder::build).getMessage());
    }
}
