package cbow.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/**
 * Answers standard input one query a line, for the query commands' {@code -}: blank lines are
 * skipped, and a line that fails is reported on standard error (and to {@code failed}) while the
 * rest are still answered, since one bad line should not end a stream of them. The exit code tells
 * at the end: 0 when every line was answered, 1 otherwise.
 */
final class QueryLines {
    /** Answers one line (stripped), numbered from 1; a {@link CommandFailure} marks the line as failed. */
    interface Answer {
        void answer(long lineNo, String line);
    }

    /** Hears a failed line and its message (to keep an answer line for it in the output, say). */
    interface Failed {
        void failed(String line, String message);

        Failed NOTHING = (line, message) -> { };
    }

    private QueryLines() {
    }

    static int answerEach(String command, Answer answer, Failed failed) throws IOException {
        int failures = 0;
        long lineNo = 0;
        BufferedReader lines = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String line; (line = lines.readLine()) != null; ) {
            lineNo++;
            String query = line.strip();
            if (query.isEmpty()) {
                continue;
            }
            try {
                answer.answer(lineNo, query);
            } catch (CommandFailure e) {
                failures++;
                failed.failed(query, e.getMessage());
                System.err.println(command + ": " + e.getMessage());
            }
        }
        CliFiles.flushStandardOutput();
        return failures == 0 ? Main.EXIT_OK : Main.EXIT_FAILURE;
    }
}
