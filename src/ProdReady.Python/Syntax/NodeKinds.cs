namespace ProdReady.Python.Syntax;

/// <summary>
/// Questions about a <see cref="NodeKind"/> answered without a type test: the kinds follow CPython's grammar file,
/// where the expressions form one run. A type test against an abstract node class (or, in precompiled code, against
/// any class) is a call into the runtime; comparing a kind is not, which matters on paths taken for every node.
/// </summary>
public static class NodeKinds
{
    /// <summary>Tells whether a kind is an expression's, that is, whether its nodes are <see cref="ExprNode"/>s.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns><see langword="true"/> for <see cref="NodeKind.BoolOp"/> through <see cref="NodeKind.Slice"/>.</returns>
    public static bool IsExpression(NodeKind kind) => kind is >= NodeKind.BoolOp and <= NodeKind.Slice;
}
