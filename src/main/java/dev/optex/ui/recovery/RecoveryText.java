package dev.optex.ui.recovery;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How the recovery offer names a session: when it was last saved, how many actions, which file. */
final class RecoveryText {
    static final String HEADER = "Optimizer Explorer did not close normally.";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private RecoveryText() {
    }

    /** A logged line as a status bar message: its first letter capitalised. */
    static String sentence(String line) {
        return line.isEmpty() ? line : Character.toUpperCase(line.charAt(0)) + line.substring(1);
    }

    /** {@code the session from today at 14:32, 37 actions, lesson.json} */
    static String session(Instant savedAt, long actions, Path file, Clock clock) {
        return "the session from " + when(savedAt, clock) + ", " + actions + (actions == 1 ? " action" : " actions")
                + (file == null || file.getFileName() == null ? "" : ", " + file.getFileName());
    }

    /** {@code today at 14:32}, {@code yesterday at 09:05} or {@code 3 Mar 2025 at 14:32}, in the clock's zone. */
    static String when(Instant t, Clock clock) {
        ZonedDateTime at = t.atZone(clock.getZone());
        LocalDate today = LocalDate.now(clock);
        String day = at.toLocalDate().equals(today) ? "today"
                : at.toLocalDate().equals(today.minusDays(1)) ? "yesterday" : DATE.format(at);
        return day + " at " + TIME.format(at);
    }
}
