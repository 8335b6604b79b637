package io.telegate.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NotifierWorkloadTest {

    @Test
    void everyBotWritesToEachOfItsChatsOnceWhenTasksEqualBotsTimesChats() {
        NotifierWorkload workload = new NotifierWorkload(7, 11, 77);
        Set<String> pairs = new HashSet<>();
        int[] perBot = new int[7];
        for (int task = 0; task < workload.tasks(); task++) {
            pairs.add(workload.botOf(task) + "/" + workload.chatOf(task));
            perBot[workload.botOf(task)]++;
        }

        assertThat(pairs).hasSize(77);
        assertThat(perBot).containsOnly(11);
    }

    @Test
    void consecutiveMessagesOfOneBotGoToDifferentChats() {
        NotifierWorkload workload = new NotifierWorkload(3, 5, 30);

        assertThat(workload.chatOf(0)).isNotEqualTo(workload.chatOf(3));
        assertThat(workload.chatOf(15)).isEqualTo(workload.chatOf(0));
    }

    @Test
    void anEmptyWorkloadIsRefused() {
        assertThatThrownBy(() -> new NotifierWorkload(0, 1, 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
