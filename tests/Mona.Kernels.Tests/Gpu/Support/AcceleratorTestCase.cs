using Xunit.Abstractions;
using Xunit.Sdk;

namespace Mona.Kernels.Tests.Gpu.Support;

/// <summary>
/// A test case whose skip reason is decided at discovery (not read from the attribute) and kept
/// through the serialisation the runner does between discovery and execution.
/// </summary>
public sealed class AcceleratorTestCase : XunitTestCase
{
    private string? _skipReason;

    [Obsolete("Called by the de-serializer; should only be called by deriving classes for de-serialization purposes")]
    public AcceleratorTestCase()
    {
    }

    public AcceleratorTestCase(IMessageSink sink, TestMethodDisplay display, TestMethodDisplayOptions options, ITestMethod method, string? skipReason)
        : base(sink, display, options, method)
    {
        _skipReason = skipReason;
    }

    protected override string GetSkipReason(IAttributeInfo factAttribute) => _skipReason ?? base.GetSkipReason(factAttribute);

    public override void Serialize(IXunitSerializationInfo data)
    {
        base.Serialize(data);
        data.AddValue("AcceleratorSkip", _skipReason ?? "");
    }

    public override void Deserialize(IXunitSerializationInfo data)
    {
        var reason = data.GetValue<string>("AcceleratorSkip");
        _skipReason = string.IsNullOrEmpty(reason) ? null : reason;
        base.Deserialize(data);
    }
}
