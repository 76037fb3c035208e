package dev.optex.ui.runs;

import dev.optex.optim.HyperParam;
import dev.optex.optim.Optimizers;
import dev.optex.optim.Schedulers;
import dev.optex.session.Explorer;
import dev.optex.session.Run;
import dev.optex.session.RunSpec;
import dev.optex.session.SchedulerSpec;
import dev.optex.ui.Messages;
import dev.optex.ui.RunColors;
import dev.optex.ui.Workspace;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The selected run's settings: label, colour, optimizer with every hyperparameter, optional LR scheduler with its
 * own, and the optimizer's PyTorch repr. Each edit is applied at once when PyTorch accepts it; otherwise PyTorch's
 * message is shown next to the field and the value in force stays (the typed text too).
 */
public final class RunEditorViewModel {
    /** The scheduler choice meaning "no scheduler". */
    public static final String NO_SCHEDULER = "None";
    /** Values for the schedulers' required arguments when one is chosen (PyTorch has no defaults for them). */
    private static final Map<String, Map<String, Object>> SCHEDULER_STARTS = Map.of(
            "StepLR", Map.of("step_size", 100),
            "MultiStepLR", Map.of("milestones", List.of(100, 200)),
            "ExponentialLR", Map.of("gamma", 0.99),
            "CosineAnnealingLR", Map.of("T_max", 200));

    private final Workspace workspace;
    private final ReadOnlyObjectWrapper<Run> run = new ReadOnlyObjectWrapper<>(this, "run");
    private final StringProperty label = new SimpleStringProperty(this, "label", "");
    private final ReadOnlyStringWrapper labelError = new ReadOnlyStringWrapper(this, "labelError");
    private final StringProperty color = new SimpleStringProperty(this, "color", "#000000");
    private final StringProperty optimizer = new SimpleStringProperty(this, "optimizer");
    private final ReadOnlyStringWrapper optimizerError = new ReadOnlyStringWrapper(this, "optimizerError");
    private final ObservableList<HyperParamField> fields = FXCollections.observableArrayList();
    /** One read-only view, kept: a wrapper made per call would be collected with its listeners. */
    private final ObservableList<HyperParamField> readOnlyFields = FXCollections.unmodifiableObservableList(fields);
    private final StringProperty scheduler = new SimpleStringProperty(this, "scheduler", NO_SCHEDULER);
    private final ReadOnlyStringWrapper schedulerError = new ReadOnlyStringWrapper(this, "schedulerError");
    private final ObservableList<HyperParamField> schedulerFields = FXCollections.observableArrayList();
    private final ObservableList<HyperParamField> readOnlySchedulerFields =
            FXCollections.unmodifiableObservableList(schedulerFields);
    private final ReadOnlyStringWrapper repr = new ReadOnlyStringWrapper(this, "repr", "");
    /** The settings the fields show; another spec on the run means someone else changed it (a preset). */
    private RunSpec shown;
    private boolean loading;
    private boolean configuring;

    public RunEditorViewModel(Workspace workspace) {
        this.workspace = Objects.requireNonNull(workspace, "workspace");
        label.addListener((obs, old, text) -> labelEdited(text));
        color.addListener((obs, old, hex) -> colorChosen(hex));
        optimizer.addListener((obs, old, name) -> optimizerChosen(old, name));
        scheduler.addListener((obs, old, name) -> schedulerChosen(old, name));
        workspace.selectedRunProperty().addListener((obs, old, r) -> load(r));
        workspace.addListener(this::changed);
        load(workspace.selectedRun());
    }

    //*************************************************************************
    // Properties                                                            //
    //*************************************************************************

    /** The run edited, null when there is none. */
    public ReadOnlyObjectProperty<Run> runProperty() {
        return run.getReadOnlyProperty();
    }

    public StringProperty labelProperty() {
        return label;
    }

    public ReadOnlyStringProperty labelErrorProperty() {
        return labelError.getReadOnlyProperty();
    }

    /** The run's colour, {@code #rrggbb}. */
    public StringProperty colorProperty() {
        return color;
    }

    /** The optimizer's class name. */
    public StringProperty optimizerProperty() {
        return optimizer;
    }

    public ReadOnlyStringProperty optimizerErrorProperty() {
        return optimizerError.getReadOnlyProperty();
    }

    /** The optimizer's keyword arguments in PyTorch's order. */
    public ObservableList<HyperParamField> getFields() {
        return readOnlyFields;
    }

    /** The scheduler's class name or {@link #NO_SCHEDULER}. */
    public StringProperty schedulerProperty() {
        return scheduler;
    }

    public ReadOnlyStringProperty schedulerErrorProperty() {
        return schedulerError.getReadOnlyProperty();
    }

    public ObservableList<HyperParamField> getSchedulerFields() {
        return readOnlySchedulerFields;
    }

    /** {@code print(optimizer)}: the optimizer's PyTorch repr. */
    public ReadOnlyStringProperty reprProperty() {
        return repr.getReadOnlyProperty();
    }

    public List<String> optimizerNames() {
        return Optimizers.names();
    }

    public List<String> schedulerNames() {
        List<String> names = new ArrayList<>();
        names.add(NO_SCHEDULER);
        names.addAll(Schedulers.names());
        return names;
    }

    /** The field of a hyperparameter of the optimizer or the scheduler, or null. */
    public HyperParamField field(String name) {
        for (HyperParamField f : fields) {
            if (f.name().equals(name)) {
                return f;
            }
        }
        return schedulerFields.stream().filter(f -> f.name().equals(name)).findFirst().orElse(null);
    }

    //*************************************************************************
    // Edits                                                                 //
    //*************************************************************************

    private void labelEdited(String text) {
        Run r = run.get();
        if (loading || r == null) {
            return;
        }
        String l = text.strip();
        if (l.isEmpty()) {
            labelError.set("a run needs a name");
        } else if (workspace.runs().stream().anyMatch(o -> o != r && o.label().equals(l))) {
            labelError.set("another run is called " + l);
        } else {
            labelError.set(configure(with(r.spec(), l, r.spec().optimizer(), r.spec().options(),
                    r.spec().scheduler(), r.spec().color())));
        }
    }

    private void colorChosen(String hex) {
        Run r = run.get();
        if (!loading && r != null) {
            RunSpec s = r.spec();
            configure(with(s, s.label(), s.optimizer(), s.options(), s.scheduler(), hex));
        }
    }

    /** A new optimizer starts with PyTorch's defaults, keeping the learning rate when both have one. */
    private void optimizerChosen(String old, String name) {
        Run r = run.get();
        if (loading || r == null || name == null || name.equals(r.spec().optimizer())) {
            return;
        }
        Map<String, Object> options = new LinkedHashMap<>();
        HyperParamField lr = field("lr");
        boolean hasLr = Optimizers.hyperparameters(name).stream().anyMatch(p -> p.name().equals("lr"));
        if (lr != null && hasLr) {
            options.put("lr", lr.appliedValue());
        }
        RunSpec s = r.spec();
        String error = configure(with(s, s.label(), name, options, s.scheduler(), s.color()));
        optimizerError.set(error);
        if (error == null) {
            load(r);
        } else {
            revert(() -> optimizer.set(old));
        }
    }

    private void schedulerChosen(String old, String name) {
        Run r = run.get();
        if (loading || r == null || name == null) {
            return;
        }
        SchedulerSpec next = name.equals(NO_SCHEDULER) ? null
                : new SchedulerSpec(name, SCHEDULER_STARTS.getOrDefault(name, Map.of()));
        RunSpec s = r.spec();
        String error = configure(with(s, s.label(), s.optimizer(), s.options(), next, s.color()));
        schedulerError.set(error);
        if (error == null) {
            load(r);
        } else {
            revert(() -> scheduler.set(old));
        }
    }

    /** A hyperparameter's text changed: try it together with the values in force of the others. */
    private void fieldEdited(HyperParamField field) {
        Run r = run.get();
        if (loading || r == null) {
            return;
        }
        Object value;
        try {
            value = field.typedValue();
        } catch (IllegalArgumentException e) {
            field.rejected(e.getMessage());
            return;
        }
        RunSpec s = r.spec();
        SchedulerSpec sched = s.scheduler() == null ? null
                : new SchedulerSpec(s.scheduler().type(), options(schedulerFields, field, value));
        String error = configure(with(s, s.label(), s.optimizer(), options(fields, field, value), sched, s.color()));
        if (error == null) {
            field.accepted();
        } else {
            field.rejected(error);
        }
    }

    /** Keyword options from the fields' values in force, {@code edited} taking {@code value}; defaults left out. */
    private static Map<String, Object> options(List<HyperParamField> list, HyperParamField edited, Object value) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (HyperParamField f : list) {
            Object v = f == edited ? value : f.appliedValue();
            if (!f.isDefault(v)) {
                out.put(f.name(), v);
            }
        }
        return out;
    }

    private static RunSpec with(RunSpec s, String label, String optimizer, Map<String, Object> options,
            SchedulerSpec scheduler, String color) {
        return new RunSpec(label, optimizer, options, scheduler, color);
    }

    /** Applies settings to the run; returns PyTorch's message when they are invalid (then nothing changed). */
    private String configure(RunSpec next) {
        configuring = true;
        try {
            workspace.explorer().configureRun(run.get(), next);
        } catch (RuntimeException e) {
            return Messages.of(e);
        } finally {
            configuring = false;
        }
        shown = run.get().spec();
        repr.set(run.get().optimizer().toString());
        return null;
    }

    private void revert(Runnable change) {
        loading = true;
        try {
            change.run();
        } finally {
            loading = false;
        }
    }

    //*************************************************************************
    // Updates                                                               //
    //*************************************************************************

    private void changed(Explorer.Change change) {
        Run r = run.get();
        if (configuring || r == null) {
            return;
        }
        if (change == Explorer.Change.STRUCTURE || !r.spec().equals(shown)) {
            load(r);
        } else {
            repr.set(r.optimizer().toString());
        }
    }

    private void load(Run r) {
        loading = true;
        try {
            run.set(r);
            labelError.set(null);
            optimizerError.set(null);
            schedulerError.set(null);
            if (r == null) {
                shown = null;
                fields.clear();
                schedulerFields.clear();
                repr.set("");
                return;
            }
            RunSpec s = r.spec();
            shown = s;
            label.set(s.label());
            color.set(RunColors.of(r, workspace.runs().indexOf(r)));
            optimizer.set(s.optimizer());
            fields.setAll(fieldsFor(Optimizers.hyperparameters(s.optimizer()), s.options()));
            scheduler.set(s.scheduler() == null ? NO_SCHEDULER : s.scheduler().type());
            schedulerFields.setAll(s.scheduler() == null ? List.of()
                    : fieldsFor(Schedulers.hyperparameters(s.scheduler().type()), s.scheduler().options()));
            repr.set(r.optimizer().toString());
        } finally {
            loading = false;
        }
    }

    private List<HyperParamField> fieldsFor(List<HyperParam> params, Map<String, Object> options) {
        List<HyperParamField> out = new ArrayList<>();
        for (HyperParam p : params) {
            Object value = options.containsKey(p.name()) ? options.get(p.name())
                    : p.defaultValue() == null ? null : p.defaultValue().toJava();
            HyperParamField f = new HyperParamField(p, value);
            f.textProperty().addListener((obs, old, text) -> fieldEdited(f));
            out.add(f);
        }
        return out;
    }
}
