package cbow.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cbow.embed.Embeddings;
import cbow.eval.EvalFixture;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The read-ahead of a query's vectors: the file it guesses, and that a wrong guess never answers. */
class EmbeddingsPrefetchTest {
    @TempDir
    Path dir;

    @Test
    void guessesTheFileAsThePicocliParseWould() {
        assertEquals("embeddings.json", EmbeddingsPrefetch.guessFile(new String[] {"similar", "king"}));
        assertEquals("v.txt", EmbeddingsPrefetch.guessFile(new String[] {"similar", "-e", "v.txt", "king"}));
        assertEquals("v.txt", EmbeddingsPrefetch.guessFile(new String[] {"similar", "-ev.txt", "king"}));
        assertEquals("v.txt", EmbeddingsPrefetch.guessFile(new String[] {"similar", "--embeddings=v.txt", "king"}));
        assertEquals("b.txt", EmbeddingsPrefetch.guessFile(new String[] {"analogy", "-e", "a.txt", "--embeddings", "b.txt", "a", "b", "c"}),
                "the last one wins");
        assertEquals("embeddings.json", EmbeddingsPrefetch.guessFile(new String[] {"similar", "--", "-e", "x"}),
                "after -- the words are queries");
        assertNull(EmbeddingsPrefetch.guessFile(new String[] {"similar", "-e", "-", "king"}), "standard input");
        assertNull(EmbeddingsPrefetch.guessFile(new String[] {"similar", "--input-format", "glove", "-e", "v", "x"}));
        assertNull(EmbeddingsPrefetch.guessFile(new String[] {"similar", "king", "-e"}), "an option without its value");
    }

    @Test
    void aReadAheadIsHandedOutOnceAndOnlyForItsOwnPath() throws IOException {
        EvalFixture.write(dir);
        String vectors = dir.resolve("vectors.txt").toString();
        EmbeddingsPrefetch.start(new String[] {"similar", "-e", vectors, "king"});
        assertNull(EmbeddingsPrefetch.take(vectors + ".other"));
        Embeddings read = EmbeddingsPrefetch.take(vectors);
        assertNotNull(read);
        assertTrue(read.id("king") >= 0);
        assertNull(EmbeddingsPrefetch.take(vectors), "taken already");

        EmbeddingsPrefetch.start(new String[] {"train", "-e", vectors});
        assertNull(EmbeddingsPrefetch.take(vectors), "not a query command");
    }

    @Test
    void aWrongGuessIsDroppedAndTheParsedFileAnswers() throws IOException {
        EvalFixture.write(dir);
        String vectors = dir.resolve("vectors.txt").toString();
        // other vectors, in which king's nearest word is rook
        String other = Files.writeString(dir.resolve("other.txt"), "3 2\nking 1 0\nqueen 0 1\nrook 1 0.1\n").toString();
        CliRun expected = CliRun.inProcess("similar", "-e", vectors, "-k", "1", "king");
        CliRun fromOther = CliRun.inProcess("similar", "-e", other, "-k", "1", "king");
        assertEquals(0, expected.exitCode(), expected.err());
        assertTrue(fromOther.out().startsWith("rook\t"), fromOther.out());
        assertNotEquals(expected.out(), fromOther.out());

        // other.txt read ahead (as if the guess had gone wrong), then a command that names vectors.txt
        EmbeddingsPrefetch.start(new String[] {"similar", "-e", other, "king"});
        assertEquals(expected, CliRun.inProcess("similar", "-e", vectors, "-k", "1", "king"));
    }

    @Test
    void aFailedReadAheadLeavesTheCommandItsOwnError() throws IOException {
        String bad = Files.writeString(dir.resolve("bad.txt"), "not vectors\n").toString();
        CliRun without = CliRun.inProcess("similar", "-e", bad, "king");
        EmbeddingsPrefetch.start(new String[] {"similar", "-e", bad, "king"});
        CliRun with = CliRun.inProcess("similar", "-e", bad, "king");
        assertEquals(1, with.exitCode());
        assertEquals(without, with);
        assertTrue(with.err().startsWith("cbow similar: " + bad), with.err());
    }
}
