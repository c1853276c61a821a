using System.Collections.Immutable;
using ProdReady.Python.Syntax;
using ProdReady.Semantics.Model;

namespace ProdReady.Analysis.Rules.ExceptionHandling;

/// <summary>Questions several exception-handling rules ask about an <c>except</c> clause.</summary>
internal static class HandlerFacts
{
    /// <summary>Tells whether a handler's type is <c>Exception</c> or <c>BaseException</c>, alone or in a tuple.</summary>
    /// <param name="type">The handler's type expression.</param>
    /// <param name="model">The file's model.</param>
    /// <param name="broad">The broad type's name when it is.</param>
    /// <returns><see langword="true"/> when the handler catches a broad type.</returns>
    public static bool IsBroad(ExprNode? type, SemanticModel model, out string broad)
    {
        broad = string.Empty;
        if (type is Python.Syntax.Tuple tuple)
        {
            foreach (var element in tuple.Elts)
            {
                if (IsBroad(element, model, out broad))
                {
                    return true;
                }
            }

            return false;
        }

        switch (model.QualifiedNameOf(type))
        {
            case "builtins.Exception":
                broad = "Exception";
                return true;
            case "builtins.BaseException":
                broad = "BaseException";
                return true;
            default:
                return false;
        }
    }

    /// <summary>Tells whether a block only passes: every statement is <c>pass</c>, <c>...</c> or <c>continue</c>.</summary>
    /// <param name="body">The block.</param>
    /// <returns><see langword="true"/> for a silent block.</returns>
    public static bool IsSilent(ImmutableArray<StmtNode> body) =>
        body.Length > 0 && body.All(statement => statement is Pass or Continue or Expr { Value: Constant { Value: EllipsisValue } });

    /// <summary>Returns the nearest <c>except</c> clause whose body holds the node, within the same function.</summary>
    /// <param name="ancestors">The node's ancestors, outermost first.</param>
    /// <returns>The handler, or <see langword="null"/>.</returns>
    public static ExceptHandler? EnclosingHandler(IReadOnlyList<SyntaxNode> ancestors)
    {
        for (var i = ancestors.Count - 1; i >= 0; i--)
        {
            switch (ancestors[i])
            {
                case ExceptHandler handler:
                    return handler;
                case FunctionDef or AsyncFunctionDef or Lambda or ClassDef:
                    return null;
            }
        }

        return null;
    }

    /// <summary>
    /// Tells whether an expression may be a logger: the <c>logging</c> module, structlog's or loguru's logger, a name bound
    /// to <c>logging.getLogger(...)</c> (or structlog's <c>get_logger</c>), or something the model cannot type at all.
    /// </summary>
    /// <param name="receiver">The receiver of a <c>.exception(...)</c> call.</param>
    /// <param name="model">The file's model.</param>
    /// <returns><see langword="false"/> only for a receiver known to be something else.</returns>
    public static bool MayBeLogger(ExprNode receiver, SemanticModel model)
    {
        if (model.QualifiedNameOf(receiver) is { } qualified)
        {
            if (IsLoggingName(qualified))
            {
                return true;
            }

            if (receiver is not Name name || model.ReferenceOf(name)?.Binding is not { } binding || binding.IsImport)
            {
                return qualified.StartsWith("logging.", StringComparison.Ordinal);
            }

            return binding.Node switch
            {
                Assign { Value: Call call } => IsLoggingName(model.QualifiedNameOf(call.Func)),
                AnnAssign { Value: Call call } => IsLoggingName(model.QualifiedNameOf(call.Func)),
                Assign or AnnAssign => false,
                _ => true,
            };
        }

        return true;
    }

    private static bool IsLoggingName(string? qualified) =>
        qualified is not null && (qualified == "logging" || qualified.StartsWith("logging.", StringComparison.Ordinal)
            || qualified.StartsWith("structlog", StringComparison.Ordinal) || qualified.StartsWith("loguru", StringComparison.Ordinal));
}
