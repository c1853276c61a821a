using System.Collections.Frozen;
using System.Collections.Immutable;
using ProdReady.Analysis.Engine;
using ProdReady.Core.Diagnostics;
using ProdReady.Core.Text;
using ProdReady.Python.Syntax;

namespace ProdReady.Analysis.Rules.Placeholders;

/// <summary><c>PLH002 placeholder-function-body</c>: a function body is only <c>pass</c>, <c>...</c>, a docstring or <c>raise NotImplementedError</c>.</summary>
public sealed class PlaceholderFunctionBody : Rule
{
    private static readonly FrozenSet<string> s_abstractDecorators =
        new[] { "abstractmethod", "abstractproperty", "abstractclassmethod", "abstractstaticmethod" }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> s_protocolBases =
        new[] { "Protocol", "typing.Protocol", "typing_extensions.Protocol" }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> s_overloadDecorators =
        new[] { "overload", "typing.overload", "typing_extensions.overload" }.ToFrozenSet(StringComparer.Ordinal);

    /// <inheritdoc />
    public override RuleInfo Info { get; } = new(
        Code: "PLH002",
        Name: "placeholder-function-body",
        Category: ChecklistItem.Placeholders,
        DefaultSeverity: Severity.Error,
        Since: "0.1.0",
        Fix: FixAvailability.None,
        Docs: """
            ## What it does
            Flags a function or method whose body is only placeholders: `pass`, `...`, a docstring,
            `raise NotImplementedError` or `raise NotImplementedError(...)`, alone or after a docstring.

            These are not flagged: methods decorated `@abstractmethod` (also `abstractproperty`,
            `abstractclassmethod`, `abstractstaticmethod`, with or without the `abc.` prefix), `@overload`
            stubs (`typing.overload`, `typing_extensions.overload`), members of classes that derive from
            `Protocol` (`typing.Protocol`, `typing_extensions.Protocol`, `Protocol[T]`), and anything in a
            `.pyi` stub file. A method of an `ABC` subclass is exempt only when it is decorated abstract:
            deriving from `ABC` does not make a plain method abstract.

            ## Why is this bad?
            A placeholder body compiles and imports, so the gap it leaves shows up only when the function is
            called in production: it silently returns `None`, or raises `NotImplementedError` far from
            the change that introduced it.

            ## Example
            ```python
            def refund(order):
                raise NotImplementedError
            ```

            Use instead:
            ```python
            def refund(order):
                return payments.refund(order.payment_id, order.total)
            ```
            """);

    /// <inheritdoc />
    public override void Register(RuleRegistration registry)
    {
        ArgumentNullException.ThrowIfNull(registry);
        registry.OnNode<FunctionDef>((function, context) => Check(function.Name, function.Body, function.DecoratorList, context));
        registry.OnNode<AsyncFunctionDef>((function, context) => Check(function.Name, function.Body, function.DecoratorList, context));
    }

    private void Check(string name, ImmutableArray<StmtNode> body, ImmutableArray<ExprNode> decorators, RuleContext context)
    {
        if (context.IsStub || body.IsDefaultOrEmpty || !IsPlaceholder(body, out var what))
        {
            return;
        }

        foreach (var decorator in decorators)
        {
            var last = SyntaxFacts.LastName(decorator);
            if (last is not null && s_abstractDecorators.Contains(last))
            {
                return;
            }

            var dotted = SyntaxFacts.DottedName(decorator);
            if (dotted is not null && s_overloadDecorators.Contains(dotted))
            {
                return;
            }
        }

        if (context.Parent is ClassDef owner && IsProtocol(owner))
        {
            return;
        }

        var span = TextSpan.FromBounds(body[0].Span.Start, body[^1].Span.End);
        context.Report(
            Info,
            span,
            $"Function '{name}' has a placeholder body ({what}): implement it, or mark it @abstractmethod, @overload or a Protocol member.");
    }

    private static bool IsPlaceholder(ImmutableArray<StmtNode> body, out string what)
    {
        var kinds = new List<string>(2);
        var index = 0;
        if (SyntaxFacts.IsStringStatement(body[0]))
        {
            kinds.Add("a docstring");
            index = 1;
        }

        for (; index < body.Length; index++)
        {
            var statement = body[index];
            var kind = statement switch
            {
                Pass => "pass",
                Expr { Value: Constant { Value: EllipsisValue } } => "...",
                Raise { Exc: var exception } when IsNotImplementedError(exception) => "raise NotImplementedError",
                _ => null,
            };
            if (kind is null)
            {
                what = string.Empty;
                return false;
            }

            if (!kinds.Contains(kind))
            {
                kinds.Add(kind);
            }
        }

        what = "only " + string.Join(" and ", kinds);
        return true;
    }

    private static bool IsNotImplementedError(ExprNode? exception)
    {
        if (exception is Call call)
        {
            exception = call.Func;
        }

        return SyntaxFacts.DottedName(exception) is "NotImplementedError" or "builtins.NotImplementedError";
    }

    private static bool IsProtocol(ClassDef type)
    {
        foreach (var baseClass in type.Bases)
        {
            var expression = baseClass is Subscript subscript ? subscript.Value : baseClass;
            var dotted = SyntaxFacts.DottedName(expression);
            if (dotted is not null && s_protocolBases.Contains(dotted))
            {
                return true;
            }
        }

        return false;
    }
}
