using ProdReady.Core.Text;

namespace ProdReady.Semantics.Model;

/// <summary>A module's <c>__all__</c>: the names it lists as string literals, and whether that list is all of it.</summary>
public sealed class DunderAll
{
    private readonly List<(string Name, TextSpan Span)> _names = [];

    /// <summary>Gets the names listed, each with the span of its string literal, in source order.</summary>
    public IReadOnlyList<(string Name, TextSpan Span)> Names => _names;

    /// <summary>Gets a value indicating whether some part of <c>__all__</c> is computed (a call, another module's list), so the names are not all known.</summary>
    public bool IsIncomplete { get; internal set; }

    internal void Add(string name, TextSpan span) => _names.Add((name, span));

    internal void Remove(string name) => _names.RemoveAll(entry => entry.Name == name);
}
