using ProdReady.Analysis.Engine;
using ProdReady.Core.Text;
using ProdReady.Python.Syntax;
using ProdReady.Semantics.Model;

namespace ProdReady.Analysis.Rules.TypeHints;

/// <summary>What the type-hint and naming rules ask about a <c>def</c>: its parts, whether it is a method, a test, an overload.</summary>
internal static class FunctionFacts
{
    /// <summary>Returns the name, parameters, return annotation and decorators of a <c>def</c> or <c>async def</c>.</summary>
    /// <param name="node">The statement.</param>
    /// <returns>The parts, or <see langword="null"/> for any other statement.</returns>
    public static (string Name, Arguments Args, ExprNode? Returns, System.Collections.Immutable.ImmutableArray<ExprNode> Decorators)? Parts(SyntaxNode node) => node switch
    {
        FunctionDef function => (function.Name, function.Args, function.Returns, function.DecoratorList),
        AsyncFunctionDef function => (function.Name, function.Args, function.Returns, function.DecoratorList),
        _ => null,
    };

    /// <summary>Returns the class whose body defines a function (directly, or under an <c>if</c> or <c>try</c> of the body).</summary>
    /// <param name="function">The <c>def</c>.</param>
    /// <param name="model">The file's model.</param>
    /// <returns>The class, or <see langword="null"/> for a function that is not a method.</returns>
    public static ClassDef? OwnerClass(StmtNode function, SemanticModel model)
    {
        var parent = model.ScopeOf(function)?.Parent;
        if (parent is { Kind: ScopeKind.TypeParameters })
        {
            // `def method[T](self, ...)` opens its type parameters' scope between the class and the function.
            parent = parent.Parent;
        }

        return parent is { Kind: ScopeKind.Class, Node: ClassDef owner } ? owner : null;
    }

    /// <summary>Tells whether a decorator list holds a decorator that resolves to one of the qualified names.</summary>
    /// <param name="decorators">The decorators (a call is looked through).</param>
    /// <param name="model">The file's model.</param>
    /// <param name="qualifiedNames">The qualified names.</param>
    /// <returns><see langword="true"/> when one matches.</returns>
    public static bool HasDecorator(System.Collections.Immutable.ImmutableArray<ExprNode> decorators, SemanticModel model, params ReadOnlySpan<string> qualifiedNames)
    {
        foreach (var decorator in decorators)
        {
            var qualified = model.QualifiedNameOf(decorator is Call call ? call.Func : decorator);
            if (qualified is null)
            {
                continue;
            }

            foreach (var name in qualifiedNames)
            {
                if (string.Equals(qualified, name, StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Tells whether a decorator list holds <c>typing.overload</c> (or <c>typing_extensions.overload</c>), under any alias.</summary>
    /// <param name="decorators">The decorators.</param>
    /// <param name="model">The file's model.</param>
    /// <returns><see langword="true"/> for an overload variant.</returns>
    public static bool IsOverload(System.Collections.Immutable.ImmutableArray<ExprNode> decorators, SemanticModel model) =>
        AnyMatchesTyping(decorators, model, "overload");

    /// <summary>Tells whether a decorator list holds <c>typing.override</c> (or <c>typing_extensions.override</c>), under any alias.</summary>
    /// <param name="decorators">The decorators.</param>
    /// <param name="model">The file's model.</param>
    /// <returns><see langword="true"/> for a method marked as an override.</returns>
    public static bool IsMarkedOverride(System.Collections.Immutable.ImmutableArray<ExprNode> decorators, SemanticModel model) =>
        AnyMatchesTyping(decorators, model, "override");

    // A loop rather than a lambda: every function of a file is asked, and a lambda capturing the model allocates a closure each time.
    private static bool AnyMatchesTyping(System.Collections.Immutable.ImmutableArray<ExprNode> decorators, SemanticModel model, string name)
    {
        foreach (var decorator in decorators)
        {
            if (model.MatchesTyping(decorator, name))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Tells whether a function of test code is one pytest or unittest calls itself: a <c>test*</c> function or method,
    /// a fixture (<c>@pytest.fixture</c>), or a set-up or tear-down hook (<c>setUp</c>, <c>setup_method</c>, ...).
    /// </summary>
    /// <param name="name">The function's name.</param>
    /// <param name="decorators">Its decorators.</param>
    /// <param name="model">The file's model.</param>
    /// <returns><see langword="true"/> for a function the test runner calls.</returns>
    public static bool IsRunnerCalled(string name, System.Collections.Immutable.ImmutableArray<ExprNode> decorators, SemanticModel model) =>
        name.StartsWith("test", StringComparison.Ordinal)
        || name.StartsWith("setUp", StringComparison.Ordinal) || name.StartsWith("tearDown", StringComparison.Ordinal)
        || name.StartsWith("asyncSetUp", StringComparison.Ordinal) || name.StartsWith("asyncTearDown", StringComparison.Ordinal)
        || name is "setup_module" or "teardown_module" or "setup_function" or "teardown_function" or "setup_method" or "teardown_method" or "setup_class" or "teardown_class"
        || HasDecorator(decorators, model, "pytest.fixture", "pytest_asyncio.fixture");

    /// <summary>Returns the span of the name of a <c>def</c> or <c>class</c> statement (after its decorators and keyword).</summary>
    /// <param name="source">The file's text.</param>
    /// <param name="node">The statement.</param>
    /// <param name="name">Its name.</param>
    /// <param name="decorators">Its decorators.</param>
    /// <returns>The name's span, or the statement's start when the text does not show it.</returns>
    public static TextSpan NameSpan(SourceText source, StmtNode node, string name, System.Collections.Immutable.ImmutableArray<ExprNode> decorators)
    {
        var start = decorators.Length > 0 ? decorators[^1].Span.End : node.Span.Start;
        var end = Math.Min(node.Span.End, source.Length);
        if (start < end)
        {
            var index = source.Text.IndexOf(name, start, end - start, StringComparison.Ordinal);
            while (index > 0 && index < end && !IsWordStart(source.Text, index, name.Length))
            {
                index = source.Text.IndexOf(name, index + 1, end - index - 1, StringComparison.Ordinal);
            }

            if (index >= 0)
            {
                return new TextSpan(index, name.Length);
            }
        }

        return new TextSpan(node.Span.Start, 0);
    }

    /// <summary>Returns the span of a parameter's name (an <c>arg</c> node spans its annotation too).</summary>
    /// <param name="arg">The parameter.</param>
    /// <returns>The name's span.</returns>
    public static TextSpan NameSpan(Arg arg) => new(arg.Span.Start, Math.Min(arg.Name.Length, arg.Span.Length));

    /// <summary>Returns the first positional parameter of a signature, or <see langword="null"/>.</summary>
    /// <param name="arguments">The signature.</param>
    /// <returns>The parameter.</returns>
    public static Arg? FirstPositional(Arguments arguments) =>
        arguments.Posonlyargs.Length > 0 ? arguments.Posonlyargs[0] : arguments.Args.FirstOrDefault();

    /// <summary>
    /// Tells whether a method's first parameter receives the instance or the class (so needs no annotation and is named
    /// by convention): true for every method of a class body but a <c>staticmethod</c>.
    /// </summary>
    /// <param name="function">The <c>def</c>.</param>
    /// <param name="decorators">Its decorators.</param>
    /// <param name="model">The file's model.</param>
    /// <returns><see langword="true"/> when the first parameter is the receiver.</returns>
    public static bool HasReceiver(StmtNode function, System.Collections.Immutable.ImmutableArray<ExprNode> decorators, SemanticModel model) =>
        OwnerClass(function, model) is not null && !HasDecorator(decorators, model, "builtins.staticmethod");

    /// <summary>
    /// Returns the dotted path a stub would describe a function under (<c>f</c>, <c>Outer.Inner.method</c>), or
    /// <see langword="null"/> for a function nested in another function, which no stub describes.
    /// </summary>
    /// <param name="context">The rule context, positioned on the function.</param>
    /// <param name="name">The function's name.</param>
    /// <returns>The path.</returns>
    public static string? StubPath(RuleContext context, string name)
    {
        var parts = new List<string>(4);
        foreach (var ancestor in context.Ancestors)
        {
            switch (ancestor)
            {
                case FunctionDef or AsyncFunctionDef or Lambda:
                    return null;
                case ClassDef type:
                    parts.Add(type.Name);
                    break;
            }
        }

        parts.Add(name);
        return string.Join('.', parts);
    }

    private static bool IsWordStart(string text, int index, int length)
    {
        var before = index == 0 ? ' ' : text[index - 1];
        var after = index + length < text.Length ? text[index + length] : ' ';
        return !(char.IsLetterOrDigit(before) || before == '_') && !(char.IsLetterOrDigit(after) || after == '_');
    }
}
