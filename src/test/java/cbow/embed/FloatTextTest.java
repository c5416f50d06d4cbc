package cbow.embed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;
import org.junit.jupiter.api.Test;

class FloatTextTest {
    private static float parse(String s) {
        return FloatText.parse(s.toCharArray(), 0, s.length());
    }

    private static void agrees(String s) {
        assertEquals(Float.floatToRawIntBits(Float.parseFloat(s)), Float.floatToRawIntBits(parse(s)), s);
    }

    @Test
    void readsBackEveryFloatItsShortestTextNames() {
        Random random = new Random(7);
        for (int i = 0; i < 200_000; i++) {
            float f = Float.intBitsToFloat(random.nextInt());
            if (Float.isFinite(f)) {
                agrees(Float.toString(f));
            }
        }
    }

    @Test
    void agreesWithTheJdkOnDecimalsOfEveryLength() {
        Random random = new Random(11);
        for (int i = 0; i < 200_000; i++) {
            StringBuilder s = new StringBuilder(random.nextBoolean() ? "-" : "");
            int digits = 1 + random.nextInt(20);
            int point = random.nextInt(digits + 1);
            for (int d = 0; d < digits; d++) {
                if (d == point) {
                    s.append('.');
                }
                s.append((char) ('0' + random.nextInt(10)));
            }
            if (random.nextInt(3) == 0) {
                s.append(random.nextBoolean() ? 'e' : 'E').append(random.nextInt(90) - 45);
            }
            agrees(s.toString());
        }
    }

    @Test
    void handlesMidpointsZerosAndExtremes() {
        // 1 + 2^-24 is exactly half-way between the floats 1 and 1 + 2^-23: ties to even gives 1
        for (String s : new String[] {"1.000000059604644775390625", "1.0000000596046448", "0", "-0.0", "0e5",
                "3.4028235e38", "3.5e38", "1.4e-45", "1e-46", "1.17549435E-38", "123456789012345678901234", ".5", "5."}) {
            agrees(s);
        }
        assertThrows(NumberFormatException.class, () -> parse("1e"));
        assertThrows(NumberFormatException.class, () -> parse("abc"));
    }
}
