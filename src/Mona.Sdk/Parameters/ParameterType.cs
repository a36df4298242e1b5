namespace Mona.Sdk.Parameters;

/// <summary>The value types a stage parameter can take in a pipeline file.</summary>
public enum ParameterType
{
    /// <summary>A whole number; <see cref="ParameterSpec.Minimum"/>/<see cref="ParameterSpec.Maximum"/> bound it.</summary>
    Integer,

    /// <summary>A real number; bounded like <see cref="Integer"/>.</summary>
    Number,

    /// <summary><c>true</c> or <c>false</c>.</summary>
    Boolean,

    /// <summary>Free text, or one of <see cref="ParameterSpec.AllowedValues"/> when given.</summary>
    String,

    /// <summary>A file or folder path, relative to the pipeline file.</summary>
    Path,

    /// <summary>A list of strings, each one of <see cref="ParameterSpec.AllowedValues"/> when given.</summary>
    StringList,
}
