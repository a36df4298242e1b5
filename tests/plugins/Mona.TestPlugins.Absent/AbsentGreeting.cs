namespace Mona.TestPlugins;

/// <summary>Something for Mona.TestPlugins.Faulty to call that is not there at run time.</summary>
public static class AbsentGreeting
{
    public static string Text => "hello from a library the plugin forgot to ship";
}
