package dev.optex.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ClassPreloadTest {
    /** Set by {@link NotInitialized}'s static initializer (reading a field of its own would run it). */
    static boolean initialized;

    private static ByteArrayInputStream list(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void loadsTheListedClassesAndSkipsNamesThatNoLongerExist() {
        String text = "dev.optex.app.AppHome\ndev.optex.NoSuchClass\n\njavafx.scene.control.Button\n";
        assertThat(ClassPreload.load(list(text))).isEqualTo(2);
    }

    @Test
    void doesNotRunStaticInitializers() {
        ClassPreload.load(list(NotInitialized.class.getName()));
        assertThat(initialized).isFalse();
    }

    @Test
    void aMissingListLoadsNothing() {
        assertThat(ClassPreload.load(null)).isZero();
    }

    @Test
    void theJarCarriesAListOfClassesThatExist() {
        assertThat(ClassPreload.load(ClassPreload.class.getResourceAsStream(ClassPreload.LIST)))
                .isGreaterThan(1000);
    }

    static final class NotInitialized {
        static {
            initialized = true;
        }
    }
}
