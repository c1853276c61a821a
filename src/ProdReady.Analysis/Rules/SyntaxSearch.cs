using System.Collections.Immutable;
using ProdReady.Python.Syntax;

namespace ProdReady.Analysis.Rules;

/// <summary>Enumerates the nodes below a node or a block, without recursion, optionally staying in the same scope.</summary>
internal static class SyntaxSearch
{
    /// <summary>Lists every node below <paramref name="root"/> in source order (the root excluded).</summary>
    /// <param name="root">Where to start.</param>
    /// <param name="enterScopes">Whether to look inside nested functions, lambdas and classes.</param>
    /// <returns>The nodes.</returns>
    public static IEnumerable<SyntaxNode> Descendants(SyntaxNode root, bool enterScopes = false)
    {
        var children = new List<SyntaxNode>(8);
        root.AddChildren(children);
        return Walk(children, enterScopes);
    }

    /// <summary>Lists the statements of a block and every node below them in source order.</summary>
    /// <param name="body">The block.</param>
    /// <param name="enterScopes">Whether to look inside nested functions, lambdas and classes.</param>
    /// <returns>The nodes.</returns>
    public static IEnumerable<SyntaxNode> InBlock(ImmutableArray<StmtNode> body, bool enterScopes = false) =>
        Walk([.. body], enterScopes);

    /// <summary>Tells whether a node opens a scope of its own whose body runs later (a function, lambda or class).</summary>
    /// <param name="node">The node.</param>
    /// <returns><see langword="true"/> for <c>def</c>, <c>async def</c>, <c>lambda</c> and <c>class</c>.</returns>
    public static bool OpensScope(SyntaxNode node) => node.NodeKind is NodeKind.FunctionDef or NodeKind.AsyncFunctionDef or NodeKind.Lambda or NodeKind.ClassDef;

    /// <summary>Returns the nearest enclosing function (or lambda) among the ancestors, or <see langword="null"/> at module or class level.</summary>
    /// <param name="ancestors">The ancestors, outermost first.</param>
    /// <returns>The function node.</returns>
    public static SyntaxNode? EnclosingFunction(IReadOnlyList<SyntaxNode> ancestors)
    {
        for (var i = ancestors.Count - 1; i >= 0; i--)
        {
            // Kinds, not type tests: asked for every call of every file, up through every ancestor.
            switch (ancestors[i].NodeKind)
            {
                case NodeKind.FunctionDef or NodeKind.AsyncFunctionDef or NodeKind.Lambda:
                    return ancestors[i];
                case NodeKind.ClassDef:
                    return null;
            }
        }

        return null;
    }

    private static IEnumerable<SyntaxNode> Walk(List<SyntaxNode> start, bool enterScopes)
    {
        var stack = new Stack<SyntaxNode>(32);
        for (var i = start.Count - 1; i >= 0; i--)
        {
            stack.Push(start[i]);
        }

        var children = new List<SyntaxNode>(8);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            yield return node;
            if (!enterScopes && OpensScope(node))
            {
                continue;
            }

            children.Clear();
            node.AddChildren(children);
            for (var i = children.Count - 1; i >= 0; i--)
            {
                stack.Push(children[i]);
            }
        }
    }
}
