namespace Mona.Nn.Tests.Faces;

/// <summary>An image to decode: a still (JPEG, PNG) or, for a clip, its first frame.</summary>
/// <param name="Name">How reports name it: the file name, or <c>clip.mp4#0</c> for a clip's frame 0.</param>
/// <param name="Path">The file ffmpeg reads.</param>
public sealed record FaceImageSource(string Name, string Path);
