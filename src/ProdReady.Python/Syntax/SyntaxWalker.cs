using System.Collections.Immutable;

namespace ProdReady.Python.Syntax;

/// <summary>
/// Walks a syntax tree depth-first in source order without recursion, so that trees of any depth
/// (long operator chains, deeply nested calls) are safe to walk. Override <see cref="Enter"/> and
/// <see cref="Leave"/>; return <see langword="false"/> from <see cref="Enter"/> to skip a subtree.
/// </summary>
public abstract class SyntaxWalker
{
    /// <summary>Walks <paramref name="root"/> and all its descendants.</summary>
    /// <param name="root">The node to start from.</param>
    public void Walk(SyntaxNode root)
    {
        ArgumentNullException.ThrowIfNull(root);
        var stack = new Stack<(SyntaxNode Node, bool Entered)>(64);
        stack.Push((root, false));
        Run(stack);
    }

    /// <summary>
    /// Walks each of <paramref name="roots"/> and its descendants in order, as a call of <see cref="Walk(SyntaxNode)"/>
    /// per root would, with one stack for them all (a function's body, statement by statement).
    /// </summary>
    /// <typeparam name="T">The type of the roots.</typeparam>
    /// <param name="roots">The nodes to start from, in order.</param>
    public void Walk<T>(ImmutableArray<T> roots)
        where T : SyntaxNode
    {
        if (roots.IsDefaultOrEmpty)
        {
            return;
        }

        var stack = new Stack<(SyntaxNode Node, bool Entered)>(Math.Max(16, roots.Length));
        for (var i = roots.Length - 1; i >= 0; i--)
        {
            stack.Push((roots[i], false));
        }

        Run(stack);
    }

    private void Run(Stack<(SyntaxNode Node, bool Entered)> stack)
    {
        var children = new List<SyntaxNode>(16);
        while (stack.Count > 0)
        {
            var (node, entered) = stack.Pop();
            if (entered)
            {
                Leave(node);
                continue;
            }

            if (!Enter(node))
            {
                continue;
            }

            stack.Push((node, true));
            children.Clear();
            node.AddChildren(children);
            for (var i = children.Count - 1; i >= 0; i--)
            {
                stack.Push((children[i], false));
            }
        }
    }

    /// <summary>Called when the walk reaches <paramref name="node"/>, before its children.</summary>
    /// <param name="node">The node.</param>
    /// <returns><see langword="true"/> to walk the node's children; <see langword="false"/> to skip them.</returns>
    protected virtual bool Enter(SyntaxNode node) => true;

    /// <summary>Called after <paramref name="node"/>'s children were walked (not when they were skipped).</summary>
    /// <param name="node">The node.</param>
    protected virtual void Leave(SyntaxNode node)
    {
    }
}
