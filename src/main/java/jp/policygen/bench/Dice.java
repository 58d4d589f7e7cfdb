package jp.policygen.bench;

import java.util.Random;

/**
 * The random choices of one synthetic body. {@link Random}'s algorithm is fixed by its
 * specification, so a seed gives the same choices on every JVM.
 */
final class Dice {

    private final Random random;

    Dice(long seed) {
        this.random = new Random(seed);
    }

    /** True with probability p. */
    boolean chance(double p) {
        return random.nextDouble() < p;
    }

    @SafeVarargs
    final <T> T pick(T... values) {
        return values[random.nextInt(values.length)];
    }

    int nextInt(int bound) {
        return random.nextInt(bound);
    }

    boolean nextBoolean() {
        return random.nextBoolean();
    }
}
