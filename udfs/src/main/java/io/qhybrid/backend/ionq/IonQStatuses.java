package io.qhybrid.backend.ionq;

import io.qhybrid.backend.JobStatus;
import java.util.Locale;

/** IonQ v0.4 job statuses to {@link JobStatus}; unknown ones are treated as still running. */
final class IonQStatuses {
    private IonQStatuses() {}

    static JobStatus normalise(String status) {
        return switch (status == null ? "" : status.toLowerCase(Locale.ROOT)) {
            case "submitted", "ready" -> JobStatus.QUEUED;
            case "completed" -> JobStatus.COMPLETED;
            case "failed" -> JobStatus.FAILED;
            case "canceled", "cancelled" -> JobStatus.CANCELLED;
            default -> JobStatus.RUNNING;
        };
    }
}
