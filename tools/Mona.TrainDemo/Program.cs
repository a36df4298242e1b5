using Mona.TrainDemo;

// tools/Mona.TrainDemo: `train` runs the learning proof; `bench` times conv backward against
// forward and the demo net's forward against ONNX Runtime.
//   dotnet run --project tools/Mona.TrainDemo -c Release -- train --minutes 20
//   dotnet run --project tools/Mona.TrainDemo -c Release -- bench
var root = FindRoot();
try
{
    return args.FirstOrDefault() switch
    {
        "train" => await DemoRun.RunAsync(DemoOptions.Parse(args, root)),
        "bench" => Benchmarks.Run(),
        _ => Usage(),
    };
}
catch (Exception error) when (error is ArgumentException or IOException or InvalidDataException)
{
    Console.Error.WriteLine($"error: {error.Message}");
    return 2;
}

static int Usage()
{
    Console.Error.WriteLine("usage: Mona.TrainDemo train [--minutes N] [--steps N] [--clips DIR] [--out DIR] [--size S] [--batch B] [--lr LR] [--seed S] [--resume FILE] [--synthetic true] [--identity-weight W] [--models DIR] [--margin M] | bench");
    return 2;
}

static string FindRoot()
{
    for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        if (File.Exists(Path.Combine(dir.FullName, "Pipeline.sln"))) return dir.FullName;
    return Directory.GetCurrentDirectory();
}
