using ProdReady.Core.Text;
using ProdReady.Python.Text;

namespace ProdReady.Benchmarks;

/// <summary>
/// A folder of Python files read into memory for the front-end benchmarks. The folder comes from the
/// <c>PRODREADY_BENCH_CORPUS</c> environment variable; the benchmarks that need it are skipped without it.
/// </summary>
internal sealed class PythonCorpus
{
    public const string Variable = "PRODREADY_BENCH_CORPUS";

    private PythonCorpus(IReadOnlyList<byte[]> files, IReadOnlyList<SourceText> texts, long lines)
    {
        Files = files;
        Texts = texts;
        Lines = lines;
    }

    /// <summary>Gets every file's bytes.</summary>
    public IReadOnlyList<byte[]> Files { get; }

    /// <summary>Gets the decoded text of every file that decodes.</summary>
    public IReadOnlyList<SourceText> Texts { get; }

    /// <summary>Gets the total number of lines.</summary>
    public long Lines { get; }

    /// <summary>Gets the configured folder, or an empty list (no benchmark cases) when none is configured.</summary>
    public static IEnumerable<string> ConfiguredFolders() =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } folder && Directory.Exists(folder) ? [folder] : [];

    /// <summary>Reads and decodes every <c>*.py</c> file under <paramref name="folder"/>, in ordinal order.</summary>
    public static PythonCorpus Load(string folder)
    {
        var files = Directory.EnumerateFiles(folder, "*.py", SearchOption.AllDirectories)
            .Where(path => path.EndsWith(".py", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(File.ReadAllBytes)
            .ToList();
        var texts = files.Select(bytes => PythonSourceDecoder.Decode(bytes).Text).OfType<SourceText>().ToList();
        var lines = texts.Sum(text => (long)text.Lines.LineCount);
        return new PythonCorpus(files, texts, lines);
    }
}
