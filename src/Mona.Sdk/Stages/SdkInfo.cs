namespace Mona.Sdk.Stages;

/// <summary>The plugin contract's version, compared by the host with the one a plugin was built against.</summary>
public static class SdkInfo
{
    /// <summary>The version of this SDK assembly.</summary>
    public static Version Version => typeof(SdkInfo).Assembly.GetName().Version ?? new Version(0, 0);
}
