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
        var buffers = Interlocked.Exchange(ref _spare, null) ?? new WalkBuffers(64);
        buffers.Stack.Push((root, false));
        Run(buffers);
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

        var buffers = Interlocked.Exchange(ref _spare, null) ?? new WalkBuffers(Math.Max(16, roots.Length));
        for (var i = roots.Length - 1; i >= 0; i--)
        {
            buffers.Stack.Push((roots[i], false));
        }

        Run(buffers);
    }

    private void Run(WalkBuffers buffers)
    {
        try
        {
            Run(buffers.Stack, buffers.Children);
        }
        finally
        {
            // Kept for the next walk of this walker (a walk started from inside another makes its own).
            buffers.Stack.Clear();
            buffers.Children.Clear();
            Interlocked.CompareExchange(ref _spare, buffers, null);
        }
    }

    private void Run(Stack<(SyntaxNode Node, bool Entered)> stack, List<SyntaxNode> children)
    {
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

    /// <summary>The work stack and child list of a finished walk, reused by the next: a walker often walks many small trees.</summary>
    private WalkBuffers? _spare;

    /// <summary>Called when the walk reaches <paramref name="node"/>, before its children.</summary>
    /// <param name="node">The node.</param>
    /// <returns><see langword="true"/> to walk the node's children; <see langword="false"/> to skip them.</returns>
    protected virtual bool Enter(SyntaxNode node) => true;

    /// <summary>Called after <paramref name="node"/>'s children were walked (not when they were skipped).</summary>
    /// <param name="node">The node.</param>
    protected virtual void Leave(SyntaxNode node)
    {
    }

    /// <summary>A walk's work stack (each node, and whether it was entered) and the list its children are gathered in.</summary>
    private sealed class WalkBuffers(int capacity)
    {
        /// <summary>Gets the work stack.</summary>
        public Stack<(SyntaxNode Node, bool Entered)> Stack { get; } = new(capacity);

        /// <summary>Gets the list a node's children are gathered in.</summary>
        public List<SyntaxNode> Children { get; } = new(16);
    }
}
