using System.Reflection;
using McMaster.NETCore.Plugins;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Mona.Sdk.Stages;

namespace Mona.Engine.Plugins;

/// <summary>
/// Loads one plugin assembly into its own load context and creates its stage definitions. Every
/// failure becomes a <see cref="PluginLoadError"/>; nothing a plugin does can stop the others.
/// </summary>
internal static class PluginAssemblyLoader
{
    /// <summary>
    /// The assemblies host and plugins must agree on (one copy, in the default context): the SDK,
    /// and the logging and DI abstractions its contract mentions. Their references come along.
    /// Everything else a plugin ships stays private to it, so two plugins may use two versions of
    /// one library, each its own.
    /// </summary>
    private static readonly Type[] SharedTypes = [typeof(IStageDefinition), typeof(ILogger), typeof(IServiceCollection)];

    /// <summary>Loads the plugin at <paramref name="assemblyPath"/>, or returns null after recording why it cannot be.</summary>
    public static LoadedPlugin? TryLoad(string assemblyPath, Version hostSdk, ICollection<PluginLoadError> errors, ILogger logger)
    {
        var info = TryInspect(assemblyPath, hostSdk, errors);
        if (info is null)
            return null;

        Assembly assembly;
        try
        {
            // PreferSharedTypes stays off: with it on, McMaster resolves every assembly from the host
            // first, so a plugin built against YamlDotNet 16 would silently run on the host's 18
            // (PluginCatalogTests proves the difference). The shared types alone give the host's SDK,
            // logging and DI abstractions; whatever a plugin does not ship falls back to the host.
            var loader = PluginLoader.CreateFromAssemblyFile(info.Path, SharedTypes, config => config.PreferSharedTypes = false);
            assembly = loader.LoadDefaultAssembly();
        }
        catch (Exception e)
        {
            errors.Add(new PluginLoadError(info.Path, $"plugin {info.Name} could not be loaded: {Describe(e)}"));
            return null;
        }

        var stages = FindStageTypes(info, assembly, errors, logger)
            .Select(type => TryCreate(info, type, errors))
            .OfType<IStageDefinition>()
            .ToList();
        return new LoadedPlugin(info.Name, info.Path, info.Version, info.SdkVersion!, stages);
    }

    private static PluginAssemblyInfo? TryInspect(string assemblyPath, Version hostSdk, ICollection<PluginLoadError> errors)
    {
        PluginAssemblyInfo info;
        try
        {
            info = PluginAssemblyInspector.Inspect(assemblyPath);
        }
        catch (Exception e) when (e is BadImageFormatException or IOException or UnauthorizedAccessException)
        {
            errors.Add(new PluginLoadError(assemblyPath, $"not a readable .NET assembly (corrupt or truncated?): {e.Message}"));
            return null;
        }

        if (info.SdkVersion is null)
        {
            errors.Add(new PluginLoadError(info.Path,
                $"plugin {info.Name} does not reference {PluginAssemblyInspector.SdkAssemblyName}, so it offers no stages"));
            return null;
        }
        var incompatibility = SdkCompatibility.Explain(info.Name, info.SdkVersion, hostSdk);
        if (incompatibility is not null)
        {
            errors.Add(new PluginLoadError(info.Path, incompatibility));
            return null;
        }
        return info;
    }

    /// <summary>Public, concrete <see cref="IStageDefinition"/> types with a parameterless constructor, by full name.</summary>
    private static IEnumerable<Type> FindStageTypes(PluginAssemblyInfo info, Assembly assembly, ICollection<PluginLoadError> errors, ILogger logger)
    {
        Type[] exported;
        try
        {
            exported = assembly.GetExportedTypes();
        }
        catch (Exception e)
        {
            errors.Add(new PluginLoadError(info.Path, $"the types of plugin {info.Name} cannot be read (a missing dependency?): {Describe(e)}"));
            return [];
        }

        var candidates = exported
            .Where(t => t.IsClass && !t.IsAbstract && !t.ContainsGenericParameters && typeof(IStageDefinition).IsAssignableFrom(t))
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .ToList();
        foreach (var skipped in candidates.Where(t => t.GetConstructor(Type.EmptyTypes) is null))
            logger.LogDebug("{Plugin}: {Type} has no public parameterless constructor; not a stage", info.Name, skipped.FullName);
        var stageTypes = candidates.Where(t => t.GetConstructor(Type.EmptyTypes) is not null).ToList();
        if (stageTypes.Count == 0)
            errors.Add(new PluginLoadError(info.Path,
                $"plugin {info.Name} has no public, non-abstract {nameof(IStageDefinition)} with a parameterless constructor"));
        return stageTypes;
    }

    private static IStageDefinition? TryCreate(PluginAssemblyInfo info, Type type, ICollection<PluginLoadError> errors)
    {
        try
        {
            var definition = (IStageDefinition)Activator.CreateInstance(type)!;
            var problem = StageDefinitionRules.FindProblem(definition);
            if (problem is null)
                return definition;
            errors.Add(new PluginLoadError(info.Path, $"stage type {type.FullName}: {problem}"));
        }
        catch (Exception e)
        {
            var cause = e is TargetInvocationException { InnerException: { } inner } ? inner : e;
            errors.Add(new PluginLoadError(info.Path, $"stage type {type.FullName} could not be created: {Describe(cause)}"));
        }
        return null;
    }

    /// <summary>
    /// The exception's type and message on one line (the distinct loader messages of a type-load
    /// failure), with advice when a dependency is missing.
    /// </summary>
    private static string Describe(Exception e)
    {
        var text = e is ReflectionTypeLoadException load
            ? string.Join("; ", load.LoaderExceptions.OfType<Exception>().Select(x => OneLine(x.Message)).Distinct())
            : $"{e.GetType().Name}: {OneLine(e.Message)}";
        return e is FileNotFoundException or FileLoadException
            ? $"{text} (a dependency is missing: ship it in the plugin's folder)"
            : text;
    }

    private static string OneLine(string message) =>
        string.Join(' ', message.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
