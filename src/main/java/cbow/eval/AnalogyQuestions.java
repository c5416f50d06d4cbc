package cbow.eval;

import cbow.embed.Analogy;
import cbow.embed.NearestNeighbours;
import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.IntStream;

/**
 * An analogy test set in the format of word2vec's questions-words.txt: ": section" lines, then
 * "a b c d" lines meaning a is to b as c is to d. Scored as gensim's evaluate_word_analogies scores
 * it: among the first N words (the N most frequent), a question counts only when its four words are
 * all there (in any case); the answer is the best word by 3CosAdd other than a, b and c.
 */
public final class AnalogyQuestions {
    /** How many of the best candidates gensim inspects before declaring a question wrong. */
    private static final int CANDIDATES = 5;

    public record Question(String a, String b, String c, String expected) {
    }

    public record Section(String name, List<Question> questions) {
    }

    /** One question answered: the word given (null when no word could be) and whether it was right. */
    public record Answer(String section, Question question, String given, boolean correct) {
    }

    /** The questions answered in one section and how many were right. */
    public record Score(String section, int correct, int answered) {
        public double accuracy() {
            return answered == 0 ? 0 : (double) correct / answered;
        }
    }

    /** Per section, the total, and how many questions were skipped for words outside the vocabulary. */
    public record Result(List<Score> sections, Score total, int questions, int skipped, int invalidLines, int built) {
        public double skippedShare() {
            return questions == 0 ? 0 : (double) skipped / questions;
        }
    }

    private final List<Section> sections;
    private final int invalidLines;

    private AnalogyQuestions(List<Section> sections, int invalidLines) {
        this.sections = List.copyOf(sections);
        this.invalidLines = invalidLines;
    }

    /** Reads the lines as gensim does; a question before any section is an error, a line of other than four words is skipped and counted. */
    public static AnalogyQuestions read(BufferedReader in) throws IOException {
        List<Section> sections = new ArrayList<>();
        List<Question> current = null;
        int invalid = 0;
        int lineNo = 0;
        for (String line; (line = in.readLine()) != null; ) {
            lineNo++;
            if (line.startsWith(": ")) {
                current = new ArrayList<>();
                sections.add(new Section(line.replaceFirst("^[: ]+", "").strip(), current));
                continue;
            }
            if (current == null) {
                throw new IllegalArgumentException("line " + lineNo + ": a question before the first ': section' line");
            }
            String[] words = line.strip().split("\\s+");
            if (words.length != 4) {
                if (!line.isBlank()) {
                    invalid++;
                }
                continue;
            }
            current.add(new Question(words[0], words[1], words[2], words[3]));
        }
        return new AnalogyQuestions(sections, invalid);
    }

    public List<Section> sections() {
        return sections;
    }

    /** Scores the questions among the first {@code limit} words (questions are answered in parallel). */
    public Result evaluate(NearestNeighbours space, int limit) {
        return evaluate(space, limit, answer -> { });
    }

    /**
     * Scores the questions as {@link #evaluate(NearestNeighbours, int)} does, handing each question
     * answered (those with all four words known) to {@code answers}, in the file's order.
     */
    public Result evaluate(NearestNeighbours space, int limit, Consumer<Answer> answers) {
        return evaluate(space, limit, null, answers);
    }

    /**
     * Scores the questions; with {@code unseen} (null: gensim's rule), a question whose a, b or c is
     * outside the first {@code limit} words is still asked when {@code unseen} builds a vector for
     * it (from its character n-grams); its expected answer must be among those words, since only
     * they are answers.
     */
    public Result evaluate(NearestNeighbours space, int limit, Function<String, float[]> unseen, Consumer<Answer> answers) {
        FoldedVocabulary vocabulary = new FoldedVocabulary(space.embeddings(), limit);
        Map<String, float[]> built = new HashMap<>();
        Predicate<String> known = w -> vocabulary.id(w) >= 0
                || (unseen != null && built.computeIfAbsent(w, unseen) != null);
        List<Score> scores = new ArrayList<>();
        int correctTotal = 0;
        int answeredTotal = 0;
        int questions = 0;
        int builtQuestions = 0;
        for (Section section : sections) {
            List<Question> asked = section.questions().stream()
                    .filter(q -> vocabulary.id(q.expected()) >= 0 && known.test(q.a()) && known.test(q.b()) && known.test(q.c()))
                    .toList();
            builtQuestions += (int) asked.stream()
                    .filter(q -> vocabulary.id(q.a()) < 0 || vocabulary.id(q.b()) < 0 || vocabulary.id(q.c()) < 0).count();
            String[] given = new String[asked.size()];
            // the built vectors are only read from here on, by all threads
            IntStream.range(0, asked.size()).parallel().forEach(i -> given[i] = answer(space, vocabulary, asked.get(i), built));
            long correct = 0;
            for (int i = 0; i < asked.size(); i++) {
                boolean right = given[i] != null && FoldedVocabulary.fold(asked.get(i).expected()).equals(FoldedVocabulary.fold(given[i]));
                correct += right ? 1 : 0;
                answers.accept(new Answer(section.name(), asked.get(i), given[i], right));
            }
            scores.add(new Score(section.name(), (int) correct, asked.size()));
            correctTotal += (int) correct;
            answeredTotal += asked.size();
            questions += section.questions().size();
        }
        return new Result(scores, new Score("total", correctTotal, answeredTotal), questions,
                questions - answeredTotal, invalidLines, builtQuestions);
    }

    private static float[] unit(NearestNeighbours space, int id, float[] built) {
        return space.combineVectors(List.of(id >= 0 ? space.embeddings().vector(id) : built), new double[] {1});
    }

    /**
     * gensim's rule: take the best {@value #CANDIDATES} words other than a, b, c (by id), and answer
     * with the first of them that is not a case variant of a, b or c; if there is none, gensim keeps
     * the last candidate, so the question is wrong (null when there is no candidate at all).
     */
    private static String answer(NearestNeighbours space, FoldedVocabulary vocabulary, Question q, Map<String, float[]> built) {
        Set<String> question = new HashSet<>(Arrays.asList(
                FoldedVocabulary.fold(q.a()), FoldedVocabulary.fold(q.b()), FoldedVocabulary.fold(q.c())));
        String predicted = null;
        int a = vocabulary.id(q.a());
        int b = vocabulary.id(q.b());
        int c = vocabulary.id(q.c());
        List<NearestNeighbours.Neighbour> candidates = a >= 0 && b >= 0 && c >= 0
                ? Analogy.COSADD.solve(space, a, b, c, CANDIDATES, vocabulary.limit())
                : Analogy.COSADD.solve(space, unit(space, a, built.get(q.a())), unit(space, b, built.get(q.b())),
                        unit(space, c, built.get(q.c())), id -> id == a || id == b || id == c, CANDIDATES, vocabulary.limit());
        for (NearestNeighbours.Neighbour n : candidates) {
            predicted = n.word();
            if (!question.contains(FoldedVocabulary.fold(predicted))) {
                break;
            }
        }
        return predicted;
    }
}
