using System.Text;
using ProdReady.Testing;

namespace ProdReady.Changelog.Tests;

/// <summary>Reads the committed fixture files byte for byte.</summary>
internal static class Fixtures
{
    private static readonly UTF8Encoding s_strictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static string Directory(string folder) => Golden.PathNextToCaller(Path.Combine("Fixtures", folder));

    public static string Read(string folder, string name) => Decode(File.ReadAllBytes(Path.Combine(Directory(folder), name)));

    public static IEnumerable<string> Names(string folder, string pattern = "*.md")
        => System.IO.Directory.EnumerateFiles(Directory(folder), pattern)
            .Select(Path.GetFileName)
            .Where(n => n is not null && !n.EndsWith(".expected.md", StringComparison.Ordinal))
            .Select(n => n!)
            .Order(StringComparer.Ordinal);

    /// <summary>Decodes UTF-8 keeping a byte order mark as U+FEFF, so that encoding again gives the same bytes.</summary>
    public static string Decode(byte[] bytes) => s_strictUtf8.GetString(bytes);

    public static byte[] Encode(string text) => s_strictUtf8.GetBytes(text);
}
