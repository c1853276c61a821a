using System.Text;

namespace ProdReady.Python.Tests.Parsing;

/// <summary>The parser's fixture files, copied next to the test assembly.</summary>
internal static class Fixtures
{
    public static string Folder(string kind) => Path.Combine(AppContext.BaseDirectory, "Parsing", "Fixtures", kind);

    public static TheoryData<string> Names(string kind)
    {
        var data = new TheoryData<string>();
        foreach (var path in Directory.EnumerateFiles(Folder(kind), "*.py").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileNameWithoutExtension(path));
        }

        return data;
    }

    public static string Source(string kind, string name) =>
        new UTF8Encoding(false, true).GetString(File.ReadAllBytes(Path.Combine(Folder(kind), name + ".py")));

    public static string Expected(string kind, string name, string extension) =>
        File.ReadAllText(Path.Combine(Folder(kind), name + extension));
}
