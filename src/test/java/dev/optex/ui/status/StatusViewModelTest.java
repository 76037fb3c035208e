package dev.optex.ui.status;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StatusViewModelTest {
    final StatusViewModel vm = new StatusViewModel();

    @Test
    void anUnexpectedErrorIsShownOnce() {
        IllegalStateException bug = new IllegalStateException("broken");
        assertThat(vm.unexpected(bug)).isTrue();
        assertThat(vm.getKind()).isEqualTo(StatusViewModel.Kind.ERROR);
        assertThat(vm.getMessage()).isEqualTo("Unexpected error (the window keeps working; details in the log):"
                + " IllegalStateException: broken");
        vm.info("Step");
        assertThat(vm.unexpected(bug)).isFalse();
        assertThat(vm.getMessage()).isEqualTo("Step");
        assertThat(vm.unexpected(new NullPointerException())).isTrue();
        assertThat(vm.getMessage()).endsWith("NullPointerException");
    }

    @Test
    void anUnexpectedErrorNamesTheLogFile() {
        vm.setLogFile(java.nio.file.Path.of("/tmp/optex-test/optex.log"));
        vm.unexpected(new IllegalStateException("broken"));
        assertThat(vm.getMessage()).isEqualTo("Unexpected error (the window keeps working; details in"
                + " /tmp/optex-test/optex.log): IllegalStateException: broken");
    }
}
