namespace Mona.Engine.Pipelines.Yaml;

/// <summary>A YAML scalar: its text and whether it was written plain (unquoted), which decides its type.</summary>
internal sealed class SourceScalar : SourceNode
{
    public SourceScalar(string value, bool isPlain, SourcePosition start, string? flag = null) : base(start)
    {
        Value = value;
        IsPlain = isPlain;
        Flag = flag;
    }

    public string Value { get; }

    /// <summary>Unquoted and untagged: YAML 1.2's core schema resolves it to null, bool, number or text.</summary>
    public bool IsPlain { get; }

    /// <summary>The command-line flag the value came from (for example <c>--input</c>), or null when it came from the file.</summary>
    public string? Flag { get; }

    /// <summary>A plain <c>null</c>, <c>~</c> or nothing at all.</summary>
    public bool IsNull => IsPlain && Value is "" or "~" or "null" or "Null" or "NULL";

    /// <summary>A value given on the command line; it replaces the file's and has no place in the file.</summary>
    public static SourceScalar FromFlag(string flag, string value) => new(value, isPlain: true, SourcePosition.None, flag);

    public override string Describe()
    {
        if (IsNull) return "nothing (null)";
        if (!IsPlain) return $"the quoted text '{Value}'";
        if (ScalarValues.TryBoolean(this, out _)) return $"the boolean {Value}";
        if (ScalarValues.TryInteger(this, out _)) return $"the integer {Value}";
        if (ScalarValues.TryNumber(this, out _)) return $"the number {Value}";
        return $"the text '{Value}'";
    }
}
