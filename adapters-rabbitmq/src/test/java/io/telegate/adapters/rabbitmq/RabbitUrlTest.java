package io.telegate.adapters.rabbitmq;

import static org.assertj.core.api.Assertions.assertThat;

import com.rabbitmq.client.ConnectionFactory;
import org.junit.jupiter.api.Test;

class RabbitUrlTest {

    @Test
    void aTrailingSlashOrNoPathMeansTheDefaultVirtualHostAsThePythonServicesReadIt() {
        assertThat(configured("amqp://guest:guest@rabbitmq:5672/").getVirtualHost()).isEqualTo("/");
        assertThat(configured("amqp://guest:guest@rabbitmq:5672").getVirtualHost()).isEqualTo("/");
        assertThat(configured("amqp://rabbitmq/%2F").getVirtualHost()).isEqualTo("/");
        assertThat(configured("amqp://rabbitmq/telegate").getVirtualHost()).isEqualTo("telegate");
    }

    @Test
    void hostPortAndPercentEncodedCredentialsAreTakenFromTheUrl() {
        ConnectionFactory factory = configured("amqp://mon%40itor:p%3Ass+w0rd@rabbit.internal:5673/");

        assertThat(factory.getHost()).isEqualTo("rabbit.internal");
        assertThat(factory.getPort()).isEqualTo(5673);
        assertThat(factory.getUsername()).isEqualTo("mon@itor");
        assertThat(factory.getPassword()).isEqualTo("p:ss+w0rd");
    }

    @Test
    void theDefaultPortFollowsTheScheme() {
        assertThat(configured("amqp://rabbit/").getPort()).isEqualTo(5672);
        ConnectionFactory tls = configured("amqps://rabbit/");
        assertThat(tls.getPort()).isEqualTo(5671);
        assertThat(tls.isSSL()).isTrue();
    }

    @Test
    void maskingHidesOnlyThePassword() {
        assertThat(RabbitUrl.masked("amqp://guest:hunter2@rabbit:5672/")).isEqualTo("amqp://guest:***@rabbit:5672/");
        assertThat(RabbitUrl.masked("amqp://p@ss:w@rd@rabbit/vh")).isEqualTo("amqp://p@ss:***@rabbit/vh");
        assertThat(RabbitUrl.masked("amqp://guest@rabbit:5672/")).isEqualTo("amqp://guest@rabbit:5672/");
        assertThat(RabbitUrl.masked("amqp://rabbit:5672/")).isEqualTo("amqp://rabbit:5672/");
    }

    @Test
    void anAddressForLogsNamesHostPortAndVirtualHostButNoCredentials() {
        assertThat(RabbitUrl.address("amqp://guest:hunter2@rabbit:5672/")).isEqualTo("rabbit:5672 vhost /");
    }

    private static ConnectionFactory configured(String url) {
        return RabbitUrl.configure(new ConnectionFactory(), url);
    }
}
