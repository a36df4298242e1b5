using Mona.Benchmarks.Cases;
using Mona.Benchmarks.Measurement;
using Mona.Kernels.Tests.Onnx;
using Mona.Tensors;

namespace Mona.Benchmarks.Tests;

/// <summary>The check that runs before timing must catch a fast but wrong op. ORT computes a Relu;
/// "Mona" is played by a function returning chosen values.</summary>
public sealed class AgreementTests
{
    private static readonly float[] Input = [-2f, -0.5f, 0f, 0.5f, 2f, -7f];
    private static readonly float[] Relu = [0f, 0f, 0f, 0.5f, 2f, 0f];
    private static readonly CaseGroup Group = new("test", 1.0, Atol: 1e-4f, Rtol: 1e-4f);

    [Fact]
    public void Check_SameValues_AgreesWithZeroDifference()
    {
        using var prepared = ReluCase(Relu);

        var agreement = Agreement.Check(prepared, Group);

        Assert.True(agreement.WithinTolerance);
        Assert.Equal(0, agreement.MaxAbsDiff);
    }

    [Fact]
    public void Check_OneElementOff_DisagreesAndNamesTheElement()
    {
        using var prepared = ReluCase([0f, 0f, 0f, 0.5f, 2.01f, 0f]);

        var agreement = Agreement.Check(prepared, Group);

        Assert.False(agreement.WithinTolerance);
        Assert.Equal(0.01, agreement.MaxAbsDiff, precision: 5);
        Assert.Contains("element 4", agreement.Detail);
    }

    [Fact]
    public void Check_NaN_Disagrees()
    {
        using var prepared = ReluCase([0f, 0f, float.NaN, 0.5f, 2f, 0f]);

        Assert.False(Agreement.Check(prepared, Group).WithinTolerance);
    }

    [Fact]
    public void Check_WrongLength_Disagrees()
    {
        using var prepared = ReluCase([0f, 0f, 0f]);

        var agreement = Agreement.Check(prepared, Group);

        Assert.False(agreement.WithinTolerance);
        Assert.Contains("3 elements", agreement.Detail);
    }

    [Fact]
    public void Check_UntimedEntryPointWrong_DisagreesNamingIt()
    {
        using var prepared = ReluCase(Relu, ("one-shot", [0f, 0f, 0f, 0.5f, 3f, 0f]));

        var agreement = Agreement.Check(prepared, Group);

        Assert.False(agreement.WithinTolerance);
        Assert.StartsWith("one-shot:", agreement.Detail);
    }

    private static PreparedCase ReluCase(float[] monaResult, params (string Name, float[] Values)[] others)
    {
        var graph = new OnnxGraph().Input("x", 1, 1, 2, 3).Node("Relu", ["x"], ["y"]).Output("y");
        var oracle = new OnnxOracle(graph, threads: 1);
        var ort = oracle.Bind([("x", Input, [1L, 1, 2, 3])], ("y", new float[Input.Length], [1L, 1, 2, 3]));
        Tensor Wrap(float[] values) => Tensor.FromArray(new TensorShape(1, 1, 1, values.Length), values.ToArray());
        return new PreparedCase(() => Wrap(monaResult), oracle, ort)
        {
            AlsoChecked = others.Select(o => (o.Name, (Func<Tensor>)(() => Wrap(o.Values)))).ToList(),
        };
    }
}
