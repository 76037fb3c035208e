package dev.optex.ui.status;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class PathTextTest {
    @Test
    void theHomeFolderIsATilde() {
        assertThat(PathText.shortened(Path.of("/home/t/.local/share/optex/optex.log"), "/home/t"))
                .isEqualTo("~/.local/share/optex/optex.log");
        assertThat(PathText.shortened(Path.of("/home/tom/optex.log"), "/home/t")).isEqualTo("/home/tom/optex.log");
        assertThat(PathText.shortened(Path.of("/var/optex.log"), "/")).isEqualTo("/var/optex.log");
    }
}
