namespace ProdReady.Analysis.Configuration;

/// <summary>One <c>per-file-ignores</c> entry: files matching <paramref name="Pattern"/> do not report <paramref name="Codes"/>.</summary>
/// <param name="Pattern">A gitignore-style pattern relative to the configuration folder (<c>tests/**</c>, <c>__init__.py</c>).</param>
/// <param name="Codes">Rule codes or prefixes (<c>DOC</c>, <c>PLH001</c>, <c>ALL</c>).</param>
public sealed record PerFileIgnore(string Pattern, IReadOnlyList<string> Codes);
