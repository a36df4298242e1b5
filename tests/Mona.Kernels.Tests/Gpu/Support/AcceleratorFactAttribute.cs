using Xunit.Sdk;

namespace Mona.Kernels.Tests.Gpu.Support;

/// <summary>
/// A fact written once in an abstract kernel test base and run by every concrete backend class.
/// Discovery looks at the concrete class: a class implementing <see cref="IRunsOnCuda"/> gets the
/// test skipped with a reason when no CUDA device exists; other classes run it normally.
/// </summary>
[XunitTestCaseDiscoverer("Mona.Kernels.Tests.Gpu.Support.AcceleratorFactDiscoverer", "Mona.Kernels.Tests")]
[AttributeUsage(AttributeTargets.Method)]
public sealed class AcceleratorFactAttribute : FactAttribute;
