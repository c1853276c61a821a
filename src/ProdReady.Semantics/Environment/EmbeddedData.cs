using System.Text;

namespace ProdReady.Semantics.Environment;

/// <summary>Reads the data files embedded in this assembly (<c>Data/*.tsv</c>).</summary>
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

    /// <summary>Reads a resource through a parser.</summary>
    /// <typeparam name="T">What the parser builds.</typeparam>
    /// <param name="resource">The logical name.</param>
    /// <param name="parse">Builds the value from the resource's UTF-8 text; its second argument is the resource's name, for errors.</param>
    /// <returns>The parsed value.</returns>
    /// <exception cref="InvalidOperationException">The resource is missing or malformed (a build error).</exception>
    public static T Load<T>(string resource, Func<TextReader, string, T> parse)
    {
        var stream = typeof(EmbeddedData).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The data file {resource} is missing from the assembly.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return parse(reader, resource);
    }

    /// <summary>Reads the records of a tab-separated table, skipping empty lines and <c>#</c> comment lines.</summary>
    /// <param name="reader">The table's text.</param>
    /// <returns>Each record's 1-based line number and its fields.</returns>
    public static IEnumerable<(int Line, string[] Fields)> Records(TextReader reader)
    {
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            yield return (number, line.Split('\t'));
        }
    }
}
