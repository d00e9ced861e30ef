package io.qhybrid.pipelines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.qhybrid.backend.BackendConfig;
import io.qhybrid.error.ErrorKind;
import io.qhybrid.error.QHybridException;
import io.qhybrid.jobs.config.JobConfig;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PipelineOptionsTest {

    private static PipelineOptions options(String endpoint) {
        Map<String, String> values = new HashMap<>(PipelineOptions.withJobDefaults(Map.of()));
        values.put(PipelineOptions.QPU_BACKEND, "ibm");
        values.put(PipelineOptions.QPU_ENDPOINT, endpoint);
        values.put(PipelineOptions.QPU_DEVICE, "ibm_test");
        return new PipelineOptions(new JobConfig("maxcut", values));
    }

    @Test
    void qpuBackendConfigCarriesTheThreeKeys() {
        BackendConfig config = options(" https://quantum.example.com/api ").qpuBackendConfig();
        assertThat(config.name()).isEqualTo("qpu-ibm");
        assertThat(config.type()).isEqualTo("ibm");
        assertThat(config.endpoint()).isEqualTo(URI.create("https://quantum.example.com/api"));
        assertThat(config.options()).containsEntry("device", "ibm_test");
    }

    @Test
    void anEndpointThatIsNoUriIsAUserErrorNamingTheKey() {
        assertThatThrownBy(() -> options("https://bad host/").qpuBackendConfig())
                .isInstanceOfSatisfying(QHybridException.class, e -> assertThat(e.kind()).isEqualTo(ErrorKind.USER_ERROR))
                .hasMessageContaining("'" + PipelineOptions.QPU_ENDPOINT + "'")
                .hasMessageContaining("https://bad host/")
                .hasMessageContaining("absolute https:// URL");
    }
}
