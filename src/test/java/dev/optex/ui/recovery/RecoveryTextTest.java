package dev.optex.ui.recovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class RecoveryTextTest {
    final Clock clock = Clock.fixed(Instant.parse("2025-03-12T09:30:00Z"), ZoneId.of("Europe/Berlin"));

    @Test
    void namesTheDayInTheUsersZone() {
        assertThat(RecoveryText.when(Instant.parse("2025-03-12T08:05:00Z"), clock)).isEqualTo("today at 09:05");
        assertThat(RecoveryText.when(Instant.parse("2025-03-11T22:59:00Z"), clock)).isEqualTo("yesterday at 23:59");
        assertThat(RecoveryText.when(Instant.parse("2025-03-10T22:59:00Z"), clock)).isEqualTo("10 Mar 2025 at 23:59");
    }

    @Test
    void countsActionsAndNamesTheFile() {
        Instant t = Instant.parse("2025-03-12T08:05:00Z");
        assertThat(RecoveryText.session(t, 1, null, clock)).isEqualTo("the session from today at 09:05, 1 action");
        assertThat(RecoveryText.session(t, 37, Path.of("/home/t/lessons/rosenbrock.json"), clock))
                .isEqualTo("the session from today at 09:05, 37 actions, rosenbrock.json");
    }
}
