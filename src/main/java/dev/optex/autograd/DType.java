package dev.optex.autograd;

/** The floating dtypes the core supports; float32 is PyTorch's default. */
public enum DType {
    FLOAT32("torch.float32", "torch.FloatTensor", "Float"),
    FLOAT64("torch.float64", "torch.DoubleTensor", "Double");

    private final String torchName;
    private final String legacyTypeName;
    private final String scalarTypeName;

    DType(String torchName, String legacyTypeName, String scalarTypeName) {
        this.torchName = torchName;
        this.legacyTypeName = legacyTypeName;
        this.scalarTypeName = scalarTypeName;
    }

    /** {@code torch.float32}, as printed in a tensor's {@code dtype=} suffix. */
    public String torchName() {
        return torchName;
    }

    /** {@code torch.FloatTensor}, as PyTorch names the type in some error messages. */
    public String legacyTypeName() {
        return legacyTypeName;
    }

    /** {@code Float}, as c10 names the scalar type in some error messages. */
    public String scalarTypeName() {
        return scalarTypeName;
    }

    /** Parses {@code float32}/{@code float64} (also with a {@code torch.} prefix, and {@code float}/{@code double}). */
    public static DType parse(String s) {
        String n = s.startsWith("torch.") ? s.substring(6) : s;
        switch (n) {
            case "float32": case "float": return FLOAT32;
            case "float64": case "double": return FLOAT64;
            default: throw new IllegalArgumentException("unknown dtype '" + s + "' (expected float32 or float64)");
        }
    }

    /** {@code float32} or {@code float64}. */
    public String shortName() {
        return torchName.substring(6);
    }
}
