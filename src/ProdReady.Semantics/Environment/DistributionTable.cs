using System.Collections.Frozen;

namespace ProdReady.Semantics.Environment;

/// <summary>
/// The curated map from distributions to the modules they install (<c>Data/distributions.tsv</c>): exact
/// names, <c>family-*</c> patterns, and the default guess for any other name.
/// </summary>
internal sealed class DistributionTable
{
    private const string Nothing = "NONE";

    private static readonly Lazy<DistributionTable> s_default = new(() => EmbeddedData.Load(EmbeddedData.Distributions, Parse));

    private readonly FrozenDictionary<string, (string Display, string[] Imports)> _exact;
    private readonly (string Prefix, string Display, string[] Imports)[] _patterns;
    private readonly FrozenDictionary<string, string> _byImport;

    private DistributionTable(
        Dictionary<string, (string Display, string[] Imports)> exact,
        List<(string Prefix, string Display, string[] Imports)> patterns,
        Dictionary<string, string> byImport)
    {
        _exact = exact.ToFrozenDictionary(StringComparer.Ordinal);
        _patterns = [.. patterns.OrderByDescending(pattern => pattern.Prefix.Length)];
        _byImport = byImport.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>Gets the table shipped in this assembly.</summary>
    public static DistributionTable Default => s_default.Value;

    /// <summary>Gets the number of exact entries.</summary>
    public int Count => _exact.Count;

    /// <summary>Parses table text.</summary>
    /// <param name="reader">The text.</param>
    /// <param name="name">The table's name, for errors.</param>
    /// <returns>The table.</returns>
    /// <exception cref="InvalidOperationException">A line is malformed.</exception>
    public static DistributionTable Parse(TextReader reader, string name)
    {
        var exact = new Dictionary<string, (string Display, string[] Imports)>(StringComparer.Ordinal);
        var patterns = new List<(string Prefix, string Display, string[] Imports)>();
        var byImport = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (number, fields) in EmbeddedData.Records(reader))
        {
            if (fields.Length != 2 || fields[0].Length == 0 || fields[1].Length == 0)
            {
                throw new InvalidOperationException($"{name}:{number}: expected distribution<TAB>import,import");
            }

            var display = fields[0];
            string[] imports = fields[1] == Nothing ? [] : fields[1].Split(',');
            if (imports.Any(import => !import.Split('.').All(DistributionName.IsIdentifier)))
            {
                throw new InvalidOperationException($"{name}:{number}: '{fields[1]}' is not a list of module names");
            }

            if (display.EndsWith('*'))
            {
                patterns.Add((DistributionName.Normalize(display[..^1]) + "-", display, imports));
                continue;
            }

            if (!exact.TryAdd(DistributionName.Normalize(display), (display, imports)))
            {
                throw new InvalidOperationException($"{name}:{number}: '{display}' is listed twice");
            }

            foreach (var import in imports)
            {
                byImport.TryAdd(import, display);
            }
        }

        return new DistributionTable(exact, patterns, byImport);
    }

    /// <summary>The modules a distribution installs: its line, else the longest matching family, else the default guess.</summary>
    /// <param name="distribution">The distribution name, as written or normalised.</param>
    /// <returns>Module names, possibly dotted; empty for a distribution that installs nothing importable.</returns>
    public IReadOnlyList<string> ImportNames(string distribution)
    {
        var normalized = DistributionName.Normalize(distribution);
        if (_exact.TryGetValue(normalized, out var entry))
        {
            return entry.Imports;
        }

        foreach (var (prefix, _, imports) in _patterns)
        {
            if (normalized.StartsWith(prefix, StringComparison.Ordinal))
            {
                return imports;
            }
        }

        return [.. DistributionName.DefaultImportNames(distribution)];
    }

    /// <summary>The distribution to suggest for a module (<c>yaml</c>: <c>PyYAML</c>, <c>google.cloud.storage</c>: <c>google-cloud-storage</c>), from the table alone.</summary>
    /// <param name="importName">The module name, possibly dotted (<c>google.protobuf.message</c> finds <c>protobuf</c>).</param>
    /// <returns>The distribution, or <see langword="null"/> when the table does not list the module.</returns>
    public string? DistributionFor(string importName)
    {
        for (var name = importName; name.Length > 0; name = Parent(name))
        {
            if (_byImport.TryGetValue(name, out var display))
            {
                return display;
            }
        }

        // A family names its members after the package inside the namespace: google.cloud.storage is google-cloud-storage.
        foreach (var (prefix, _, imports) in _patterns)
        {
            foreach (var import in imports)
            {
                if (importName.Length > import.Length + 1 && importName.StartsWith(import + ".", StringComparison.Ordinal))
                {
                    var member = importName[(import.Length + 1)..].Split('.')[0];
                    return prefix + DistributionName.Normalize(member);
                }
            }
        }

        return null;
    }

    private static string Parent(string dotted)
    {
        var dot = dotted.LastIndexOf('.');
        return dot < 0 ? "" : dotted[..dot];
    }
}
