namespace Mona.Engine.Plugins;

/// <summary>What a plugin assembly's metadata says about it, read without loading it.</summary>
/// <param name="Path">Full path of the assembly.</param>
/// <param name="Name">The assembly's simple name.</param>
/// <param name="Version">The assembly's version.</param>
/// <param name="SdkVersion">The Mona.Sdk version it references, or null when it references none.</param>
public sealed record PluginAssemblyInfo(string Path, string Name, Version Version, Version? SdkVersion);
