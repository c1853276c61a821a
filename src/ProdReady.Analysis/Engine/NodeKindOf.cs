using ProdReady.Python.Syntax;

namespace ProdReady.Analysis.Engine;

/// <summary>The <see cref="NodeKind"/> of a concrete node class, resolved once per class.</summary>
/// <typeparam name="T">A sealed node class; its name is the name of its kind.</typeparam>
internal static class NodeKindOf<T>
    where T : SyntaxNode
{
    /// <summary>Gets the kind, or <see cref="NodeKind.None"/> when <typeparamref name="T"/> is abstract.</summary>
    public static readonly NodeKind Value =
        !typeof(T).IsAbstract && Enum.TryParse<NodeKind>(typeof(T).Name, ignoreCase: false, out var kind) ? kind : NodeKind.None;
}
