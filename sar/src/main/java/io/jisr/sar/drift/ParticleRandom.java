package io.jisr.sar.drift;

/**
 * Random numbers that depend only on (seed, particle, draw number): a counter-based generator built on
 * the SplitMix64 finaliser (Steele, Lea and Flood 2014). Whichever thread moves a particle, and in
 * whatever order, it draws the same numbers, so a run's result does not depend on the thread count.
 */
final class ParticleRandom {
    private static final long GOLDEN = 0x9E3779B97F4A7C15L;

    private ParticleRandom() {}

    /** Returns 64 random bits for this seed, particle and draw. */
    static long bits(long seed, int particle, long draw) {
        long z = mix(seed + GOLDEN * (particle + 1L));
        return mix(z + GOLDEN * (draw + 1));
    }

    /** Returns a uniform number in (0, 1]. */
    static double uniformOpenZero(long bits) {
        return ((bits >>> 11) + 1) * 0x1.0p-53;
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
