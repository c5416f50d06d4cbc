package cbow.dense;

/**
 * exp(x) in float for x <= 0, the softmax's only use: Cephes' expf polynomial on x - n ln2, scaled by
 * 2^n built from the exponent bits. Written as a fixed sequence of IEEE operations (fma, add, mul), so
 * the vector kernels compute exactly the same bits lane by lane; Math.exp is neither vectorizable nor
 * that. Relative error below 2e-7 (about 2 ulp).
 */
final class FastExp {
    /** Below this, exp(x) underflows the normal floats; such x give exp(-87) ~ 1.6e-38 instead. */
    static final float MIN_X = -87f;
    static final float LOG2E = 1.44269504088896341f;
    /** 1.5 * 2^23: adding it rounds to an integer held in the low mantissa bits. */
    static final float ROUNDER = 12582912f;
    static final int ROUNDER_BITS = Float.floatToRawIntBits(ROUNDER);
    static final float LN2_HI = 0.693359375f;
    static final float LN2_LO = -2.12194440e-4f;
    static final float P0 = 1.9875691500e-4f;
    static final float P1 = 1.3981999507e-3f;
    static final float P2 = 8.3334519073e-3f;
    static final float P3 = 4.1665795894e-2f;
    static final float P4 = 1.6666665459e-1f;
    static final float P5 = 5.0000001201e-1f;

    private FastExp() {
    }

    /** exp(x) for x <= 0 (NaN stays NaN). */
    static float exp(float x) {
        x = Math.max(x, MIN_X);
        float t = Math.fma(x, LOG2E, ROUNDER);
        int n = Float.floatToRawIntBits(t) - ROUNDER_BITS;
        float nf = t - ROUNDER;
        float r = Math.fma(nf, -LN2_HI, x);
        r = Math.fma(nf, -LN2_LO, r);
        float p = Math.fma(P0, r, P1);
        p = Math.fma(p, r, P2);
        p = Math.fma(p, r, P3);
        p = Math.fma(p, r, P4);
        p = Math.fma(p, r, P5);
        p = Math.fma(p, r * r, r) + 1f;
        return p * Float.intBitsToFloat((n + 127) << 23);
    }
}
