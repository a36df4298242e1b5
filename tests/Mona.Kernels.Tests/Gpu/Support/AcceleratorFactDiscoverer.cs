using Xunit.Abstractions;
using Xunit.Sdk;

namespace Mona.Kernels.Tests.Gpu.Support;

/// <summary>Discovers <see cref="AcceleratorFactAttribute"/> tests, skipping CUDA classes on machines without CUDA.</summary>
public sealed class AcceleratorFactDiscoverer(IMessageSink diagnosticMessageSink) : IXunitTestCaseDiscoverer
{
    public IEnumerable<IXunitTestCase> Discover(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo factAttribute)
    {
        var testClass = testMethod.TestClass.Class.ToRuntimeType();
        var skip = typeof(IRunsOnCuda).IsAssignableFrom(testClass) ? CudaAvailability.SkipReason : null;
        yield return new AcceleratorTestCase(diagnosticMessageSink, discoveryOptions.MethodDisplayOrDefault(),
            discoveryOptions.MethodDisplayOptionsOrDefault(), testMethod, skip);
    }
}
