namespace Mona.TrainDemo;

/// <summary>Placeholder.</summary>
internal static class OnnxYardstick
{
    public static void Run(int threads)
    {
    }
}
