package io.qhybrid.pool;

/**
 * The shots and cost one run may spend on a backend. Every job reserves its full shots and cost
 * before it is submitted; a reservation is given back only when the job certainly was not
 * created. So the amount spent never exceeds the cap, whatever retries happen. Thread-safe.
 */
public final class RunBudget {
    private final long maxShots;
    private final double maxCost;
    private long shots;
    private double cost;
    private long refused;

    public RunBudget(long maxShots, double maxCost) {
        if (maxShots < 0 || !(maxCost >= 0)) {
            throw new IllegalArgumentException("budgets must be non-negative");
        }
        this.maxShots = maxShots;
        this.maxCost = maxCost;
    }

    /** Reserves both amounts, or nothing and false when either would pass its cap. */
    public synchronized boolean reserve(long jobShots, double jobCost) {
        if (shots + jobShots > maxShots || cost + jobCost > maxCost + 1e-9) {
            refused++;
            return false;
        }
        shots += jobShots;
        cost += jobCost;
        return true;
    }

    /** Gives back a reservation whose job was certainly never created. */
    public synchronized void release(long jobShots, double jobCost) {
        shots -= jobShots;
        cost -= jobCost;
    }

    public synchronized long shotsUsed() {
        return shots;
    }

    public synchronized double costUsed() {
        return cost;
    }

    public long maxShots() {
        return maxShots;
    }

    public double maxCost() {
        return maxCost;
    }

    /** How many reservations were refused. */
    public synchronized long refusals() {
        return refused;
    }

    @Override
    public synchronized String toString() {
        return "RunBudget[shots " + shots + "/" + maxShots + ", cost " + cost + "/" + maxCost + "]";
    }
}
