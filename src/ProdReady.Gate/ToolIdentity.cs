using System.Reflection;
using ProdReady.Reporting;

namespace ProdReady.Gate;

/// <summary>The name, version and home of this build of ProdReady, as reports show it.</summary>
internal static class ToolIdentity
{
    /// <summary>Gets the identity of the running build.</summary>
    public static ToolInfo Current { get; } = new(
        "prodready",
        typeof(ToolIdentity).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0",
        InformationUri: null);
}
