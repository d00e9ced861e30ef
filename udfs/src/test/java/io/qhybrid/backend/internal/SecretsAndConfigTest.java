package io.qhybrid.backend.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.qhybrid.backend.BackendConfig;
import io.qhybrid.backend.JobHandle;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.file.Path;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.security.alias.CredentialProvider;
import org.apache.hadoop.security.alias.CredentialProviderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretsAndConfigTest {
    @SuppressWarnings("unchecked")
    private static <T> T roundTrip(T value) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        }
        return (T) new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray())).readObject();
    }

    @Test
    void configAndHandlesCrossTheWireUnchanged() throws Exception {
        BackendConfig config = BackendConfig.of("ionq-prod", "IonQ", "https://api.ionq.co").withOption("device", "qpu.aria-1");
        assertThat(config.type()).isEqualTo("ionq");
        assertThat(roundTrip(config)).isEqualTo(config);
        JobHandle handle = new JobHandle("ionq-prod", "abc", "run-1.sub-2");
        assertThat(roundTrip(handle)).isEqualTo(handle);
    }

    @Test
    void environmentIsReadWhenNoCredentialProviderIsSet() {
        EnvironmentSecrets env = new EnvironmentSecrets(Map.of("IONQ_API_KEY", "from-env")::get);
        assertThat(env.lookup("IONQ_API_KEY").orElseThrow().<String>reveal(v -> v)).isEqualTo("from-env");
        assertThat(env.lookup("QISKIT_IBM_TOKEN")).isEmpty();
    }

    @Test
    void hadoopCredentialProviderWinsOverTheEnvironment(@TempDir Path dir) throws Exception {
        String path = "jceks://file" + dir.resolve("creds.jceks").toAbsolutePath();
        Configuration conf = new Configuration();
        conf.set(CredentialProviderFactory.CREDENTIAL_PROVIDER_PATH, path);
        CredentialProvider provider = CredentialProviderFactory.getProviders(conf).get(0);
        provider.createCredentialEntry("IONQ_API_KEY", "from-store".toCharArray());
        provider.flush();
        System.setProperty(EnvironmentSecrets.PROVIDER_PATH, path);
        try {
            EnvironmentSecrets env = new EnvironmentSecrets(Map.of("IONQ_API_KEY", "from-env")::get);
            assertThat(env.lookup("IONQ_API_KEY").orElseThrow().<String>reveal(v -> v)).isEqualTo("from-store");
            assertThat(env.lookup("IONQ_API_KEY").orElseThrow().toString()).doesNotContain("from-store");
        } finally {
            System.clearProperty(EnvironmentSecrets.PROVIDER_PATH);
        }
    }
}
