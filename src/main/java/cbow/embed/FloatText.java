package cbow.embed;

/**
 * Parses decimal numbers to float quickly and exactly as {@link Float#parseFloat} would. Loading
 * embeddings is mostly this (30 million numbers in a 100,000 x 300 file), and the JDK's parser,
 * which also allocates a String per number, would dominate the load time.
 *
 * <p>The fast path: a mantissa m of at most 2^53 and a power of ten e with |e| <= 22 give the
 * correctly rounded double m * 10^e (or m / 10^-e) in one IEEE operation, since m and 10^|e| are
 * exact doubles. Rounding that double to float is then correct unless the double lies exactly on a
 * midpoint between two floats (any midpoint is itself a double, so a true value on the other side
 * of one would have rounded to the midpoint). Those cases, and all others, go to the JDK.
 */
public final class FloatText {
    private static final double[] POWERS_OF_TEN = new double[23];

    static {
        double p = 1;
        for (int i = 0; i < POWERS_OF_TEN.length; i++) {
            POWERS_OF_TEN[i] = p;
            p *= 10;
        }
    }

    private FloatText() {
    }

    /** The float written in {@code text[start, end)}; NumberFormatException when it is not a number. */
    public static float parse(char[] text, int start, int end) {
        int i = start;
        boolean negative = false;
        if (i < end && (text[i] == '-' || text[i] == '+')) {
            negative = text[i] == '-';
            i++;
        }
        long mantissa = 0;
        int digits = 0; // significant digits taken into the mantissa
        int exponent = 0;
        boolean any = false;
        boolean dot = false;
        for (; i < end; i++) {
            char c = text[i];
            if (c >= '0' && c <= '9') {
                any = true;
                if (mantissa == 0 && c == '0') {
                    if (dot) {
                        exponent--; // a leading zero after the point only scales
                    }
                    continue;
                }
                if (digits == 18) {
                    return slow(text, start, end);
                }
                mantissa = mantissa * 10 + (c - '0');
                digits++;
                if (dot) {
                    exponent--;
                }
            } else if (c == '.' && !dot) {
                dot = true;
            } else {
                break;
            }
        }
        if (!any) {
            return slow(text, start, end);
        }
        if (i < end) {
            char c = text[i];
            if (c != 'e' && c != 'E') {
                return slow(text, start, end);
            }
            i++;
            boolean negativeExponent = false;
            if (i < end && (text[i] == '-' || text[i] == '+')) {
                negativeExponent = text[i] == '-';
                i++;
            }
            if (i == end) {
                return slow(text, start, end);
            }
            int e = 0;
            for (; i < end; i++) {
                char d = text[i];
                if (d < '0' || d > '9' || e > 10_000) {
                    return slow(text, start, end);
                }
                e = e * 10 + (d - '0');
            }
            exponent += negativeExponent ? -e : e;
        }
        if (mantissa == 0) {
            return negative ? -0f : 0f;
        }
        if (exponent < -22 || exponent > 22 || mantissa > 1L << 53) {
            return slow(text, start, end);
        }
        double value = exponent < 0 ? mantissa / POWERS_OF_TEN[-exponent] : mantissa * POWERS_OF_TEN[exponent];
        if (value < 0x1p-125 || value > 0x1p127 || isFloatMidpoint(value)) {
            return slow(text, start, end); // near the subnormal or overflow range, or a possible double rounding
        }
        float f = (float) value;
        return negative ? -f : f;
    }

    /** True when the double is exactly half-way between two adjacent (normal) floats. */
    private static boolean isFloatMidpoint(double value) {
        long low29 = Double.doubleToRawLongBits(value) & ((1L << 29) - 1);
        return low29 == 1L << 28;
    }

    private static float slow(char[] text, int start, int end) {
        return Float.parseFloat(new String(text, start, end - start));
    }
}
