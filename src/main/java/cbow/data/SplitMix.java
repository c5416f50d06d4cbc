package cbow.data;

/**
 * SplitMix64's finalizer (Steele, Lea and Flood 2014): a cheap 64-bit hash whose outputs look
 * independent for inputs that differ in any bit, used to derive per-thread seeds and per-example
 * draws without storing them.
 */
public final class SplitMix {
    private SplitMix() {
    }

    public static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
