package io.telegate.adapters.metrics.di;

import static org.assertj.core.api.Assertions.assertThat;

import dagger.Component;
import io.telegate.ports.out.Metrics;
import jakarta.inject.Singleton;
import org.junit.jupiter.api.Test;

class MetricsAdapterModuleTest {

    @Singleton
    @Component(modules = MetricsAdapterModule.class)
    interface MetricsComponent {
        Metrics metrics();
    }

    @Test
    void theComponentSharesOneRegistryThatAlreadyHoldsTheJvmMeters() {
        MetricsComponent component = DaggerMetricsAdapterModuleTest_MetricsComponent.create();
        component.metrics().increment("telegate.test.wiring");

        String scrape = component.metrics().scrape();

        assertThat(component.metrics()).isSameAs(component.metrics());
        assertThat(scrape)
                .contains("telegate_test_wiring_total 1.0")
                .contains("jvm_memory_used_bytes{")
                .contains("jvm_threads_live_threads ")
                .contains("jvm_classes_loaded_classes ")
                .contains("process_uptime_seconds ")
                .contains("jvm_gc_");
    }
}
