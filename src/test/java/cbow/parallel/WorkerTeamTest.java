package cbow.parallel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.concurrent.atomic.AtomicIntegerArray;
import org.junit.jupiter.api.Test;

class WorkerTeamTest {
    @Test
    void everyTaskOfEveryJobRunsExactlyOnce() {
        try (WorkerTeam team = new WorkerTeam(3)) {
            int jobs = 20_000;
            AtomicIntegerArray runs = new AtomicIntegerArray(9);
            for (int g = 0; g < jobs; g++) {
                int count = 1 + g % 9; // jobs of varying size, back to back: a late helper must not mix them up
                team.run(count, runs::incrementAndGet);
            }
            for (int i = 0; i < 9; i++) {
                int expected = 0;
                for (int g = 0; g < jobs; g++) {
                    expected += i < 1 + g % 9 ? 1 : 0;
                }
                assertEquals(expected, runs.get(i), "task " + i);
            }
        }
    }

    @Test
    void aFailingTaskFailsTheRunAndTheTeamStaysUsable() {
        try (WorkerTeam team = new WorkerTeam(2)) {
            IllegalStateException boom = new IllegalStateException("boom");
            IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> team.run(50, i -> {
                if (i == 37) {
                    throw boom;
                }
            }));
            assertSame(boom, thrown);
            AtomicIntegerArray runs = new AtomicIntegerArray(4);
            team.run(4, runs::incrementAndGet);
            for (int i = 0; i < 4; i++) {
                assertEquals(1, runs.get(i));
            }
        }
    }
}
