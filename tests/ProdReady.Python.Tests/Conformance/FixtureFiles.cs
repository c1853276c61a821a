using System.Runtime.CompilerServices;

namespace ProdReady.Python.Tests.Conformance;

/// <summary>
/// The parser fixtures: <c>Fixtures/valid/*.py</c> with CPython's tree in <c>*.ast.jsonl</c>, and
/// <c>Fixtures/invalid/*.py</c> with CPython's error in <c>*.error.jsonl</c> (written by
/// <c>Fixtures/regenerate.sh</c> from CPython 3.13; the tests never run Python).
/// </summary>
internal static class FixtureFiles
{
    public static string Root { get; } = FindRoot();

    /// <summary>Fixture names relative to <see cref="Root"/> (<c>valid/x.py</c>), sorted.</summary>
    public static IReadOnlyList<string> List(string kind) =>
        [.. Directory.EnumerateFiles(Path.Combine(Root, kind), "*.py")
            .Where(path => path.EndsWith(".py", StringComparison.Ordinal))
            .Select(path => $"{kind}/{Path.GetFileName(path)}")
            .Order(StringComparer.Ordinal)];

    public static string FullPath(string fixture) => Path.Combine(Root, fixture);

    public static byte[] Bytes(string fixture) => File.ReadAllBytes(FullPath(fixture));

    public static string ExpectedPath(string fixture) =>
        FullPath(fixture)[..^".py".Length] + (fixture.StartsWith("valid/", StringComparison.Ordinal) ? ".ast.jsonl" : ".error.jsonl");

    private static string FindRoot([CallerFilePath] string thisFile = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(thisFile)!, "..", "Fixtures"));
}
