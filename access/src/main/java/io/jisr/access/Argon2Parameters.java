package io.jisr.access;

/**
 * The cost of one Argon2id hash.
 *
 * @param memoryKiB memory in KiB (at least 8 per lane)
 * @param iterations passes over the memory
 * @param parallelism lanes
 */
public record Argon2Parameters(int memoryKiB, int iterations, int parallelism) {

    /**
     * The node's cost: 19 MiB, 2 passes, 1 lane, the first of the equivalent Argon2id settings the
     * OWASP Password Storage Cheat Sheet recommends (RFC 9106, section 4, gives the memory-hard
     * alternatives for hosts with more memory to spare). About 50 ms on one core of the reference machine.
     */
    public static final Argon2Parameters OWASP = new Argon2Parameters(19 * 1024, 2, 1);

    /** Upper bounds on what a stored hash may ask for, so a tampered row cannot exhaust memory or time. */
    static final int MAX_MEMORY_KIB = 1 << 20;

    static final int MAX_ITERATIONS = 64;
    static final int MAX_PARALLELISM = 16;

    /** Checks the bounds. */
    public Argon2Parameters {
        if (parallelism < 1 || parallelism > MAX_PARALLELISM) {
            throw new IllegalArgumentException(
                    "Argon2 parallelism must be within 1.." + MAX_PARALLELISM + ", was " + parallelism);
        }
        if (memoryKiB < 8 * parallelism || memoryKiB > MAX_MEMORY_KIB) {
            throw new IllegalArgumentException("Argon2 memory must be within " + 8 * parallelism + ".." + MAX_MEMORY_KIB
                    + " KiB, was " + memoryKiB);
        }
        if (iterations < 1 || iterations > MAX_ITERATIONS) {
            throw new IllegalArgumentException(
                    "Argon2 iterations must be within 1.." + MAX_ITERATIONS + ", was " + iterations);
        }
    }
}
