using ProdReady.Python.Syntax;

namespace ProdReady.Analysis.Engine;

/// <summary>The <see cref="NodeKind"/> of a concrete node class, resolved once per class.</summary>
/// <typeparam name="T">A sealed node class; its name is the name of its kind.</typeparam>
internal static class NodeKindOf<T>
    where T : SyntaxNode
{
    /// <summary>
    /// Gets the kind, or <see cref="NodeKind.None"/> when <typeparamref name="T"/> is not one of the parser's own sealed
    /// node classes: every node of the kind is then exactly a <typeparamref name="T"/>, which the dispatch relies on.
    /// </summary>
    public static readonly NodeKind Value =
        typeof(T).IsSealed && typeof(T).Assembly == typeof(SyntaxNode).Assembly && typeof(T).Namespace == typeof(SyntaxNode).Namespace
        && Enum.TryParse<NodeKind>(typeof(T).Name, ignoreCase: false, out var kind) ? kind : NodeKind.None;
}
