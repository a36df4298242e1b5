using Mona.Engine.Plugins;

namespace Mona.Engine.Tests.Plugins;

public sealed class SdkCompatibilityTests
{
    [Theory]
    [InlineData("1.0", "1.0", true)]
    [InlineData("1.0", "1.3", true)]   // older minor: the host only added to the contract since
    [InlineData("1.2", "1.3", true)]
    [InlineData("1.4", "1.3", false)]  // newer minor: the plugin may use what this host lacks
    [InlineData("2.0", "1.3", false)]
    [InlineData("0.9", "1.0", false)]
    public void IsCompatible_PluginAndHostVersions_FollowsMajorEqualMinorNotNewer(string plugin, string host, bool expected) =>
        Assert.Equal(expected, SdkCompatibility.IsCompatible(Version.Parse(plugin), Version.Parse(host)));

    [Fact]
    public void Explain_CompatiblePlugin_ReturnsNull() =>
        Assert.Null(SdkCompatibility.Explain("P", new Version(1, 0, 0, 0), new Version(1, 2, 0, 0)));

    [Fact]
    public void Explain_NewerMinor_SaysWhatToRebuildAgainst() =>
        Assert.Equal(
            "plugin P was built against Mona.Sdk 1.4; this host has 1.3 — rebuild it against 1.3 or an older 1.x, or update Mona",
            SdkCompatibility.Explain("P", new Version(1, 4, 0, 0), new Version(1, 3, 0, 0)));
}
