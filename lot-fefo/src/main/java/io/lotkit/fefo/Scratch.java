package io.lotkit.fefo;

/**
 * Per thread, the criteria and the outcome that every allocation not asking for an explanation resets and reuses:
 * the hot path allocates neither, and reads memory that stays in this core's cache rather than a copy kept per item,
 * which has gone cold by the time the item is allocated from again.
 *
 * <p>Reuse is safe because an allocation runs no host code while it uses them: the slot order (whose comparator may
 * be the host's) is settled before the criteria are set, and whatever outlives the allocation is copied out before
 * the journal (the host's, which may call back into the index on the same thread) runs.
 *
 * <p>Not thread-safe: each thread has its own.
 */
final class Scratch {

    private static final ThreadLocal<Scratch> OF_THREAD = ThreadLocal.withInitial(Scratch::new);

    final Criteria criteria = new Criteria();
    final Outcome outcome = new Outcome(false, false);

    private Scratch() {
    }

    /** This thread's scratch space. */
    static Scratch ofThread() {
        return OF_THREAD.get();
    }
}
