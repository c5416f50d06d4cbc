package cbow.embed;

import java.util.ArrayList;
import java.util.List;

/**
 * A query such as {@code king - man + woman}: words joined by + and -, the first word positive. The
 * operators may stand alone or be glued to the word that follows ({@code king -man +woman}).
 */
public record WordExpression(List<String> words, List<Integer> signs) {
    public WordExpression {
        words = List.copyOf(words);
        signs = List.copyOf(signs);
    }

    /** True when the text holds an operator, i.e. is more than one plain word. */
    public static boolean isExpression(String text) {
        return parse(text).words.size() > 1;
    }

    /** Parses an expression; IllegalArgumentException says what is wrong with it. */
    public static WordExpression parse(String text) {
        List<String> words = new ArrayList<>();
        List<Integer> signs = new ArrayList<>();
        int pending = 0; // the operator waiting for its word: 0 none, +1, -1
        for (String token : text.trim().split("\\s+")) {
            if (token.isEmpty()) {
                continue;
            }
            while (!token.isEmpty() && (token.charAt(0) == '+' || token.charAt(0) == '-')) {
                if (pending != 0) {
                    throw new IllegalArgumentException("two operators in a row in '" + text + "'");
                }
                pending = token.charAt(0) == '+' ? 1 : -1;
                token = token.substring(1);
            }
            if (token.isEmpty()) {
                continue;
            }
            if (pending == 0 && !words.isEmpty()) {
                throw new IllegalArgumentException("'" + text + "': words must be joined by + or -");
            }
            words.add(token);
            signs.add(pending == 0 ? 1 : pending);
            pending = 0;
        }
        if (words.isEmpty()) {
            throw new IllegalArgumentException("an empty query");
        }
        if (pending != 0) {
            throw new IllegalArgumentException("'" + text + "' ends with an operator");
        }
        return new WordExpression(words, signs);
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder(words.get(0));
        if (signs.get(0) < 0) {
            s.insert(0, "-");
        }
        for (int i = 1; i < words.size(); i++) {
            s.append(signs.get(i) > 0 ? " + " : " - ").append(words.get(i));
        }
        return s.toString();
    }
}
