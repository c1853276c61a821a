using System.Text;

namespace ProdReady.Semantics.Environment;

/// <summary>Opens the data files embedded in this assembly (<c>Data/*.tsv</c>).</summary>
internal static class EmbeddedData
{
    /// <summary>The resource holding the standard-library modules.</summary>
    public const string StdlibModules = "ProdReady.Semantics.Data.stdlib-modules.tsv";

    /// <summary>The resource holding the names of the <c>builtins</c> module.</summary>
    public const string Builtins = "ProdReady.Semantics.Data.builtins.tsv";

    /// <summary>The resource holding the names every module's namespace starts with.</summary>
    public const string ModuleGlobals = "ProdReady.Semantics.Data.module-globals.tsv";

    /// <summary>The resource mapping distributions to the modules they install.</summary>
    public const string Distributions = "ProdReady.Semantics.Data.distributions.tsv";

    /// <summary>Opens a resource as UTF-8 text.</summary>
    /// <param name="resource">The logical name.</param>
    /// <returns>The reader.</returns>
    /// <exception cref="InvalidOperationException">The resource is missing (a build error).</exception>
    public static StreamReader Open(string resource)
    {
        var stream = typeof(EmbeddedData).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The data file {resource} is missing from the assembly.");
        return new StreamReader(stream, Encoding.UTF8);
    }
}
