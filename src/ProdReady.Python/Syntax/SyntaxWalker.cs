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
        var children = new List<SyntaxNode>(16);
        stack.Push((root, false));
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
