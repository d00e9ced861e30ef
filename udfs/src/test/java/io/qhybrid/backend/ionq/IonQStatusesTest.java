package io.qhybrid.backend.ionq;

import static org.assertj.core.api.Assertions.assertThat;

import io.qhybrid.backend.JobStatus;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IonQStatusesTest {
    @ParameterizedTest
    @CsvSource({"submitted,QUEUED", "ready,QUEUED", "started,RUNNING", "running,RUNNING", "completed,COMPLETED",
            "failed,FAILED", "canceled,CANCELLED", "COMPLETED,COMPLETED", "compiling,RUNNING", "'',RUNNING"})
    void everyDocumentedStatusMapsAndUnknownOnesKeepPolling(String ionq, JobStatus expected) {
        assertThat(IonQStatuses.normalise(ionq)).isEqualTo(expected);
    }
}
