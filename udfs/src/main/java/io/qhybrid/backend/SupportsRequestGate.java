package io.qhybrid.backend;

/**
 * A backend whose operations may send several HTTP requests (a job read plus a results read, a
 * paged job listing) and that lets its caller meter each one. The pool installs its rate limiter
 * here, so the provider's request limit holds per request, not per backend call. The gate blocks
 * until the request may go, or throws to refuse it.
 */
public interface SupportsRequestGate {
    /** Installs {@code beforeEachRequest}, run before every provider request; replaces any previous gate. */
    void requestGate(Runnable beforeEachRequest);
}
