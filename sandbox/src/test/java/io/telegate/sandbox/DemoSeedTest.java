package io.telegate.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.telegate.ports.model.ChatKind;
import io.telegate.ports.model.ChatRef;
import io.telegate.ports.model.HistoryPage;
import io.telegate.ports.model.HistoryQuery;
import io.telegate.ports.model.LoginStep;
import io.telegate.ports.model.ResolvedChat;
import io.telegate.ports.model.bot.BotToken;
import io.telegate.ports.model.bot.OutgoingMessage;
import io.telegate.ports.out.AccountSession;
import io.telegate.testkit.time.MutableClock;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DemoSeedTest {

    static final BotToken DEMO_BOT = new BotToken("123456789:TelegateDemoToken_aaaaaaaaaaaaaaaaaaaaaa");

    private final MutableClock clock = new MutableClock(Instant.parse("2025-11-09T12:00:00Z"));
    private final TelegramSandbox sandbox = TelegramSandbox.create(clock);

    @BeforeEach
    void seed() throws Exception {
        try (InputStream seed = TelegramSandbox.class.getResourceAsStream("demo-seed.json")) {
            sandbox.seed(seed);
        }
    }

    @Test
    void theDemoBotWritesToEveryDemoUser() {
        assertThat(sandbox.botApi().getMe(DEMO_BOT).username()).isEqualTo("telegate_demo_bot");
        for (long user = 1001; user <= 1050; user++) {
            assertThat(sandbox.user(user)).isPresent();
            assertThat(sandbox.botApi().sendMessage(DEMO_BOT, OutgoingMessage.plain(Long.toString(user), "hi"))
                    .messageId()).isEqualTo(2);
            clock.advance(Duration.ofMillis(100));
        }
    }

    @Test
    void theDemoSessionReadsTheSupergroupAndTheChannel() {
        try (AccountSession session = sandbox.userAccounts().connect(sandbox.session("demo-session").orElseThrow())) {
            ResolvedChat group = session.resolve(ChatRef.parse("@telegate_demo"));
            ResolvedChat channel = session.resolve(ChatRef.parse("@telegate_news"));
            Instant monthAgo = clock.instant().minus(Duration.ofDays(31));
            HistoryPage newest = session.history(group, new HistoryQuery(monthAgo, clock.instant().plusSeconds(1),
                    0, 0, 100));

            assertThat(group.kind()).isEqualTo(ChatKind.SUPERGROUP);
            assertThat(channel.kind()).isEqualTo(ChatKind.CHANNEL);
            assertThat(newest.messages().getFirst().id()).isEqualTo(2000);
            assertThat(newest.messages()).allSatisfy(m -> assertThat(m.chat()).isEqualTo("@telegate_demo"));
            assertThat(session.history(channel, HistoryQuery.after(0, 100)).messages()).hasSize(100);
        }
        assertThat(sandbox.session("demo-backup")).isPresent();
    }

    @Test
    void theSecondDemoUserNeedsTheirPassword() {
        LoginStep code = sandbox.accountLogins().startWithPhone("+15550001002");

        LoginStep password = sandbox.accountLogins().submit(code.loginId(), TelegramSandbox.LOGIN_CODE);

        assertThat(password).isInstanceOf(LoginStep.WaitPassword.class);
        assertThat(sandbox.accountLogins().submit(code.loginId(), "demo-password")).isInstanceOf(LoginStep.LoggedIn.class);
    }
}
