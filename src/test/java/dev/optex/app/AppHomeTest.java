package dev.optex.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AppHomeTest {
    @Test
    void followsEachPlatformsConvention() {
        assertThat(AppHome.dir(null, "Linux", Map.of(), "/home/t")).isEqualTo(Path.of("/home/t/.local/share/optex"));
        assertThat(AppHome.dir(null, "Linux", Map.of("XDG_DATA_HOME", "/data"), "/home/t"))
                .isEqualTo(Path.of("/data/optex"));
        assertThat(AppHome.dir(null, "Linux", Map.of("XDG_DATA_HOME", "relative"), "/home/t"))
                .isEqualTo(Path.of("/home/t/.local/share/optex"));
        assertThat(AppHome.dir(null, "Mac OS X", Map.of(), "/Users/t"))
                .isEqualTo(Path.of("/Users/t/Library/Application Support/Optimizer Explorer"));
        assertThat(AppHome.dir(null, "Windows 11", Map.of("APPDATA", "/c/Users/t/AppData/Roaming"), "/c/Users/t"))
                .isEqualTo(Path.of("/c/Users/t/AppData/Roaming/Optimizer Explorer"));
        assertThat(AppHome.dir(null, "Windows 11", Map.of(), "/c/Users/t"))
                .isEqualTo(Path.of("/c/Users/t/AppData/Roaming/Optimizer Explorer"));
    }

    @Test
    void theSystemPropertyOverridesIt() {
        assertThat(AppHome.dir("/tmp/x", "Linux", Map.of("XDG_DATA_HOME", "/data"), "/home/t"))
                .isEqualTo(Path.of("/tmp/x"));
    }
}
