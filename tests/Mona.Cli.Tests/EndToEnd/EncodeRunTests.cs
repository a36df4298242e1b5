using System.Text.Json.Nodes;
using Mona.Cli.Tests.Support;

namespace Mona.Cli.Tests.EndToEnd;

/// <summary>A driving video's exact frame rate, frame count and audio survive `mona run`.</summary>
public sealed class EncodeRunTests
{
    [SharedDataFact]
    public void Run_DrivingVideoAt2997WithAudio_ResultKeepsRateFramesAndAudio()
    {
        using var workspace = new Workspace();
        workspace.CopyPortraits(count: 1);
        var driving = workspace.Path("driving.mp4");
        Ffmpeg("-f", "lavfi", "-i", "testsrc2=size=160x120:rate=30000/1001", "-f", "lavfi", "-i", "sine=frequency=440:sample_rate=44100",
               "-t", "2", "-c:v", "libx264", "-pix_fmt", "yuv420p", "-c:a", "aac", "-shortest", driving);
        var pipeline = workspace.WritePipeline("""
            name: encode
            input: input
            driving: driving.mp4
            stages:
              - generate: {model: still}
              - encode
            output: out
            """);

        var (exitCode, output) = MonaProcess.Run(workspace.Root, "run", pipeline);

        Assert.True(exitCode == 0, output);
        var item = Directory.GetDirectories(workspace.Path("out")).Single(d => !Path.GetFileName(d).StartsWith('.'));
        var result = Probe(Path.Combine(item, "result.mp4"));
        var streams = result["streams"]!.AsArray();
        var video = streams.First(s => (string)s!["codec_type"]! == "video")!;
        var sourceVideo = Probe(driving)["streams"]!.AsArray().First(s => (string)s!["codec_type"]! == "video")!;
        Assert.Equal("30000/1001", (string)video["r_frame_rate"]!);
        Assert.Equal("60", (string)sourceVideo["nb_frames"]!);
        Assert.Equal((string)sourceVideo["nb_frames"]!, (string)video["nb_frames"]!);
        Assert.Equal("yuv420p", (string)video["pix_fmt"]!);
        Assert.Contains(streams, s => (string)s!["codec_type"]! == "audio");
    }

    private static JsonNode Probe(string file)
    {
        var (code, stdout) = Tool("ffprobe", "-v", "error", "-show_streams", "-of", "json", file);
        Assert.True(code == 0, $"ffprobe failed on {file}");
        return JsonNode.Parse(stdout)!;
    }

    private static void Ffmpeg(params string[] arguments)
    {
        var (code, output) = Tool("ffmpeg", ["-y", "-v", "error", .. arguments]);
        Assert.True(code == 0, $"ffmpeg failed: {output}");
    }

    private static (int Code, string Output) Tool(string file, params string[] arguments)
    {
        var info = new System.Diagnostics.ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in arguments) info.ArgumentList.Add(a);
        using var process = System.Diagnostics.Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return (process.ExitCode, stdout.Result + stderr.Result);
    }
}
