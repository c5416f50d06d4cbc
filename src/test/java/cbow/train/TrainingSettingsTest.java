package cbow.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cbow.model.HogwildNetwork;
import cbow.model.WordVectors;
import cbow.optim.Optimizer;
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

    private static void assertRefused(String message, TrainingSettings.Builder builder) {
        assertEquals(message, assertThrows(IllegalArgumentException.class, builder::build).getMessage());
    }
}
