using Mona.Sdk.Media;

namespace Mona.Nn.Tests.Faces;

/// <summary>A test image decoded once (by ffmpeg) and written as raw RGB for the Node reference.</summary>
public sealed record ParityImage(string Name, RgbImage Image, string RawPath);
