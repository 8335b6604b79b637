package io.telegate.apps.runtime.logging;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

class MdcTest {

    @AfterEach
    void clear() {
        MDC.clear();
    }

    @Test
    void aKeyIsSetInsideTheBlockAndRemovedAfterIt() {
        try (Mdc.Scope scope = Mdc.commandId("cmd-1")) {
            assertThat(MDC.get("command_id")).isEqualTo("cmd-1");
        }
        assertThat(MDC.get("command_id")).isNull();
    }

    @Test
    void nestedBlocksRestoreTheOuterValue() {
        try (Mdc.Scope outer = Mdc.traceId("outer")) {
            try (Mdc.Scope inner = Mdc.traceId("inner")) {
                assertThat(MDC.get("trace_id")).isEqualTo("inner");
            }
            assertThat(MDC.get("trace_id")).isEqualTo("outer");
        }
        assertThat(MDC.get("trace_id")).isNull();
    }
}
