package dev.optex.optim;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.optex.autograd.Tensor;
import dev.optex.autograd.TorchException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** PyTorch's exception types and messages for bad optimizer and scheduler arguments. */
class ValidationTest {
    private static Tensor param() {
        return Tensor.vector(1.0, 2.0).requiresGrad_(true);
    }

    private static void fails(String optimizer, Map<String, ?> options, String type, String message) {
        assertThatThrownBy(() -> Optimizers.create(optimizer, List.of(param()), options))
                .isInstanceOf(TorchException.class).hasMessage(message)
                .extracting(e -> ((TorchException) e).pythonType()).isEqualTo(type);
    }

    @Test
    void sgd() {
        fails("SGD", Map.of("lr", -0.1), "ValueError", "Invalid learning rate: -0.1");
        fails("SGD", Map.of("lr", 0.1, "momentum", -1), "ValueError", "Invalid momentum value: -1");
        fails("SGD", Map.of("weight_decay", -0.5), "ValueError", "Invalid weight_decay value: -0.5");
        fails("SGD", Map.of("lr", 0.1, "nesterov", true), "ValueError",
                "Nesterov momentum requires a momentum and zero dampening");
        fails("SGD", Map.of("momentum", 0.9, "dampening", 0.1, "nesterov", true), "ValueError",
                "Nesterov momentum requires a momentum and zero dampening");
        // checked in PyTorch's order: the learning rate first
        fails("SGD", Map.of("lr", -1, "momentum", -1), "ValueError", "Invalid learning rate: -1");
    }

    @Test
    void adamFamily() {
        for (String name : List.of("Adam", "AdamW", "Adamax", "NAdam", "RAdam")) {
            fails(name, Map.of("lr", 0.1, "betas", List.of(1.5, 0.999)), "ValueError",
                    "Invalid beta parameter at index 0: 1.5");
            fails(name, Map.of("betas", List.of(0.9, 1.0)), "ValueError", "Invalid beta parameter at index 1: 1.0");
            fails(name, Map.of("eps", -1e-8), "ValueError", "Invalid epsilon value: -1e-08");
            fails(name, Map.of("weight_decay", -1), "ValueError", "Invalid weight_decay value: -1");
            fails(name, Map.of("lr", -0.001), "ValueError", "Invalid learning rate: -0.001");
        }
        fails("NAdam", Map.of("momentum_decay", -0.1), "ValueError", "Invalid momentum_decay value: -0.1");
    }

    @Test
    void others() {
        fails("RMSprop", Map.of("alpha", -0.1), "ValueError", "Invalid alpha value: -0.1");
        fails("RMSprop", Map.of("momentum", -0.1), "ValueError", "Invalid momentum value: -0.1");
        fails("RMSprop", Map.of("eps", -1.0), "ValueError", "Invalid epsilon value: -1.0");
        fails("Adagrad", Map.of("lr_decay", -1), "ValueError", "Invalid lr_decay value: -1");
        fails("Adagrad", Map.of("initial_accumulator_value", -1), "ValueError",
                "Invalid initial_accumulator_value value: -1");
        fails("Adadelta", Map.of("rho", 1.5), "ValueError", "Invalid rho value: 1.5");
        fails("Rprop", Map.of("etas", List.of(1.5, 1.2)), "ValueError", "Invalid eta values: 1.5, 1.2");
        fails("Rprop", Map.of("lr", -2), "ValueError", "Invalid learning rate: -2");
    }

    @Test
    void keywordsAndTypes() {
        fails("SGD", Map.of("foo", 1), "TypeError", "SGD.__init__() got an unexpected keyword argument 'foo'");
        fails("Adam", Map.of("momentum", 0.9), "TypeError",
                "Adam.__init__() got an unexpected keyword argument 'momentum'");
        fails("SGD", Map.of("lr", "abc"), "TypeError",
                "SGD.__init__(): argument 'lr' must be a number (int or float), not str");
        fails("SGD", Map.of("nesterov", 1), "TypeError", "SGD.__init__(): argument 'nesterov' must be a bool, not int");
        fails("Adam", Map.of("lr", true), "TypeError",
                "Adam.__init__(): argument 'lr' must be a number (int or float), not bool");
        fails("Adam", Map.of("betas", List.of(0.9)), "TypeError",
                "Adam.__init__(): argument 'betas' must be a pair of numbers, not (0.9,)");
        fails("Adam", Map.of("foreach", 1.0), "TypeError",
                "Adam.__init__(): argument 'foreach' must be None or a bool, not float");
        fails("Adam", Map.of("fused", true), "ValueError",
                "Adam(fused=True) is not supported by optex: it always runs PyTorch's single-tensor implementation");
        assertThatThrownBy(() -> Optimizers.create("Foo", List.of(param()), Map.of()))
                .hasMessage("module 'torch.optim' has no attribute 'Foo'");
    }

    @Test
    void parameters() {
        assertThatThrownBy(() -> Optimizers.create("SGD", List.of(), Map.of("lr", 0.1)))
                .hasMessage("optimizer got an empty parameter list");
        Tensor p = param();
        assertThatThrownBy(() -> Optimizers.create("SGD", List.of(p.mul(2)), Map.of("lr", 0.1)))
                .hasMessage("can't optimize a non-leaf Tensor");
        assertThatThrownBy(() -> Optimizers.createWithGroups("SGD", List.of(ParamGroupSpec.of(List.of(p)),
                ParamGroupSpec.of(List.of(p))), Map.of()))
                .hasMessage("some parameters appear in more than one parameter group");
        // option values are checked before the parameters, as in PyTorch
        assertThatThrownBy(() -> Optimizers.create("SGD", List.of(), Map.of("lr", -0.1)))
                .hasMessage("Invalid learning rate: -0.1");
    }

    @Test
    void schedulers() {
        Optimizer sgd = Optimizers.create("SGD", List.of(param()), Map.of("lr", 0.1));
        assertThatThrownBy(() -> Schedulers.create("LinearLR", sgd, Map.of("start_factor", 0)))
                .hasMessage("Starting multiplicative factor expected to be greater than 0 and less or equal to 1.");
        assertThatThrownBy(() -> Schedulers.create("LinearLR", sgd, Map.of("end_factor", 1.5)))
                .hasMessage("Ending multiplicative factor expected to be between 0 and 1.");
        assertThatThrownBy(() -> Schedulers.create("ConstantLR", sgd, Map.of("factor", 2)))
                .hasMessage("Constant multiplicative factor expected to be between 0 and 1.");
        assertThatThrownBy(() -> Schedulers.create("StepLR", sgd, Map.of()))
                .hasMessage("StepLR.__init__() missing 1 required positional argument: 'step_size'");
        assertThatThrownBy(() -> Schedulers.create("ExponentialLR", sgd, Map.of("gamma", 0.9, "step_size", 2)))
                .hasMessage("ExponentialLR.__init__() got an unexpected keyword argument 'step_size'");
        assertThatThrownBy(() -> Schedulers.create("MultiStepLR", sgd, Map.of("milestones", List.of(1.5))))
                .hasMessage("MultiStepLR.__init__(): argument 'milestones' must be a list of ints, not (1.5,)");
        assertThatThrownBy(() -> Schedulers.create("OneCycleLR", sgd, Map.of()))
                .hasMessage("module 'torch.optim.lr_scheduler' has no attribute 'OneCycleLR'");
        // a failed scheduler leaves the optimizer untouched
        org.assertj.core.api.Assertions.assertThat(sgd.paramGroups().get(0).options()).doesNotContainKey("initial_lr");
    }
}
