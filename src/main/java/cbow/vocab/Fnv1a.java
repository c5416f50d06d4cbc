package cbow.vocab;

/**
 * The 32-bit FNV-1a hash that fastText uses to put character n-grams into buckets, computed over
 * UTF-8 bytes. Chosen for compatibility (an n-gram lands in the same bucket as in fastText and
 * gensim's FastText, so their rows mean the same) and because it has proven good enough for
 * millions of n-grams in both tools: fast, and spreads short strings well.
 *
 * <p>fastText XORs each byte in as {@code uint32_t(int8_t(byte))}: a byte of 0x80 or more (every
 * byte of a non-ASCII character) is sign-extended, so it flips the top 24 bits too, where textbook
 * FNV-1a XORs the byte alone. We keep that quirk on purpose: without it every n-gram holding a
 * non-ASCII character would land in another bucket than fastText's (gensim copies the quirk too).
 */
public final class Fnv1a {
    static final int OFFSET_BASIS = 0x811C9DC5; // 2166136261
    static final int PRIME = 0x01000193;        // 16777619

    private Fnv1a() {
    }

    /** fastText's hash of {@code bytes[from..to)}, as an unsigned 32-bit value held in an int. */
    public static int hash(byte[] bytes, int from, int to) {
        int h = OFFSET_BASIS;
        for (int i = from; i < to; i++) {
            h ^= bytes[i]; // a Java byte is signed: widening sign-extends it, exactly as int8_t does
            h *= PRIME;
        }
        return h;
    }

    /** The bucket of a hash among {@code buckets}: the unsigned hash modulo buckets, as fastText. */
    public static int bucket(int hash, int buckets) {
        return Integer.remainderUnsigned(hash, buckets);
    }
}
