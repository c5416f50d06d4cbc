package cbow.parallel;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * A fixed team of threads that runs numbered tasks 0..count-1 of one job and returns when all are
 * done; the calling thread works too. Tasks are taken in any order by any thread, so a job whose
 * tasks write disjoint outputs gives the same result whatever the team size. Starting a job allocates
 * nothing (no futures, no lambdas per call), so a training loop can run one per phase of every batch.
 *
 * <p>The caller waits for the tasks, not for the helpers: on a busy machine a helper that wakes late
 * finds nothing left and the caller has not waited for it.
 */
public final class WorkerTeam implements AutoCloseable {
    /** One job: task {@code index} of it. */
    @FunctionalInterface
    public interface Job {
        void run(int index);
    }

    /** Busy-wait this long for work or completion before parking (parking costs tens of microseconds). */
    private static final long SPIN_NANOS = 50_000;

    private final Thread[] helpers;
    /** The job's generation (high 32 bits) and its next unclaimed task (low 32 bits). */
    private final AtomicLong ticket = new AtomicLong();
    /** The job's generation (high 32 bits) and its task count (low 32 bits), set before the ticket. */
    private volatile long limit;
    private final AtomicInteger done = new AtomicInteger();
    private volatile Job job;
    private volatile Thread caller;
    private volatile boolean closed;
    private volatile Throwable failure;
    private int generation;

    /** A team of {@code threads} threads in all: the caller and threads - 1 helpers. */
    public WorkerTeam(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        helpers = new Thread[threads - 1];
        for (int i = 0; i < helpers.length; i++) {
            helpers[i] = new Thread(this::helperLoop, "cbow-worker-" + (i + 1));
            helpers[i].setDaemon(true);
            helpers[i].start();
        }
    }

    public int size() {
        return helpers.length + 1;
    }

    /** Runs tasks 0..count-1 of {@code job} on the team; rethrows the first failure of any task. */
    public void run(int count, Job job) {
        if (helpers.length == 0 || count <= 1) {
            for (int i = 0; i < count; i++) {
                job.run(i);
            }
            return;
        }
        if (closed) {
            throw new IllegalStateException("the worker team is closed");
        }
        this.job = job;
        this.failure = null;
        this.caller = Thread.currentThread();
        done.set(0);
        generation++;
        limit = (long) generation << 32 | count;
        ticket.set((long) generation << 32); // publishes the fields above: helpers read them after claiming
        for (Thread helper : helpers) {
            LockSupport.unpark(helper);
        }
        work(generation);
        long spinUntil = System.nanoTime() + SPIN_NANOS;
        while (done.get() < count) {
            if (System.nanoTime() < spinUntil) {
                Thread.onSpinWait();
            } else {
                LockSupport.park(this);
            }
        }
        Throwable f = failure;
        if (f instanceof RuntimeException e) {
            throw e;
        } else if (f instanceof Error e) {
            throw e;
        }
    }

    /** Claims the next task of generation {@code g}, or returns -1 when there is none left. */
    private int claim(int g) {
        while (true) {
            long t = ticket.get();
            long l = limit;
            int index = (int) t;
            if ((int) (t >>> 32) != g || (int) (l >>> 32) != g || index >= (int) l) {
                return -1;
            }
            if (ticket.compareAndSet(t, t + 1)) {
                return index;
            }
        }
    }

    /** Runs tasks of generation g while there are any; returns whether it ran one. */
    private boolean work(int g) {
        boolean ran = false;
        for (int i = claim(g); i >= 0; i = claim(g)) {
            ran = true;
            try {
                job.run(i); // the job cannot change while a task of it is unfinished
            } catch (RuntimeException | Error e) {
                failure = e;
            }
            if (done.incrementAndGet() == (int) limit) {
                LockSupport.unpark(caller);
            }
        }
        return ran;
    }

    private void helperLoop() {
        long idleSince = System.nanoTime();
        while (!closed) {
            int g = (int) (ticket.get() >>> 32);
            if (work(g)) {
                idleSince = System.nanoTime();
            } else if (System.nanoTime() - idleSince < SPIN_NANOS) {
                Thread.onSpinWait();
            } else {
                LockSupport.park(this);
            }
        }
    }

    /** Stops the helper threads (they are daemons, so a forgotten team does not keep the JVM alive). */
    @Override
    public void close() {
        closed = true;
        for (Thread helper : helpers) {
            LockSupport.unpark(helper);
        }
    }
}
