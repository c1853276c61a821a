using System.Collections.Immutable;
using ProdReady.Analysis.Engine;
using ProdReady.Core.Diagnostics;
using ProdReady.Core.Text;
using ProdReady.Python.Syntax;
using ProdReady.Semantics.Model;

namespace ProdReady.Analysis.Rules.Placeholders;

/// <summary><c>PLH002 placeholder-function-body</c>: a function's body stands in for code that was never written.</summary>
public sealed class PlaceholderFunctionBody : Rule
{
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
            Flags a function or method whose body only stands in for code: an undocumented `pass` or
            `...` body of a public function or method, and a `raise NotImplementedError` (bare, or
            with no explanation) in a module-level function.

            Deliberate empty bodies are not flagged, with every name resolved through imports and
            aliases (`import typing as t` ... `@t.overload`):
            - `@overload` stubs, `@abstractmethod` (and `abstractproperty`, `abstractclassmethod`,
              `abstractstaticmethod`) and `@override` methods; members of `Protocol` classes;
              definitions under `if TYPE_CHECKING:`; anything in a `.pyi` stub;
            - a method that overrides a method of a base class (a class of the file or of the
              project, searched through its bases), or of a base the model cannot see into
              (a third-party or standard-library class): a no-op override is a decision;
            - the callback of a command group (`@click.group()`, `@cli.group()` on a click group,
              `@app.callback()` on a `typer.Typer()`), which only dispatches to its subcommands;
            - an empty method that its own class reaches through `self` or `cls` (`self.setup()`
              in a template method, `{"on_end": self.on_end}` as a callback): a hook for
              subclasses, or a callback with nothing to do; an empty method that a subclass in
              the same file implements (the base's default); and an empty method the module names as
              a string (`getattr(handler, "dummy")`, a table of exposed method names), dispatched to
              by name;
            - an empty method of a class that shares it, and at least two other methods, with another class
              of the file that implements it with code (`NullLoader.exec_module` next to
              `FileLoader.exec_module`): one implementation's no-op for an interface both implement; and
              an empty method of a class that hands itself to other code of the file
              (`start_drag(self, event)`) when code of the file outside the class calls that method on an
              object whose class it cannot tell (`source.dnd_end(target, event)`): a callback with
              nothing to do;
            - a body that is its docstring, with or without `pass` or `...` (a documented hook), and a
              `pass` or `...` body explained by a comment on the line above the definition or inside
              the body (`# Overridable -- handle start tag`); `noqa`, `pragma`, one-word and TODO comments do not count;
            - `raise NotImplementedError("...")` whose message explains why, and a method's
              `raise NotImplementedError`, the contract a base class sets for its subclasses;
            - special methods (`__exit__`, `__init__`, ...), private functions and the methods of
              private classes (`class _NoThreads:`) whose body is `pass` or `...`, and functions
              nested in other functions, directly or through a local class (callbacks, no-op
              defaults);
            - anything in test code (pytest's collection rules, `conftest.py`, the test roots):
              dummies and helpers there are scaffolding, and empty tests are the tests rules' concern.

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
        registry.OnNode<FunctionDef>((function, context) => Check(function, function.Name, function.Body, function.DecoratorList, context));
        registry.OnNode<AsyncFunctionDef>((function, context) => Check(function, function.Name, function.Body, function.DecoratorList, context));
    }

    private void Check(StmtNode function, string name, ImmutableArray<StmtNode> body, ImmutableArray<ExprNode> decorators, RuleContext context)
    {
        if (context.IsStub || body.IsDefaultOrEmpty || context.IsTestCode || context.Semantic is not { } model)
        {
            return;
        }

        var shape = Shape(body);
        if (shape == BodyShape.Code || shape == BodyShape.Documented || shape == BodyShape.ExplainedNotImplemented
            || (shape == BodyShape.Empty && HasExplainingComment(function, body, decorators, context)))
        {
            return;
        }

        if (model.BindingOf(function) is not { } binding || binding.Has(BindingFlags.TypeCheckingOnly) || IsDeliberate(decorators, model))
        {
            return;
        }

        var scope = binding.Scope;
        var privateClass = false;
        for (var around = scope; around is not null; around = around.Parent)
        {
            if (around.Kind is ScopeKind.Function or ScopeKind.Lambda)
            {
                // Nested in a function: a callback, a no-op default, or a local class's method.
                return;
            }

            privateClass |= around.Kind == ScopeKind.Class && around.Name.StartsWith('_');
        }

        var isMethod = scope.Kind == ScopeKind.Class;
        if (isMethod && scope.Node is ClassDef owner)
        {
            var facts = model.ClassOf(owner);
            if (facts.Is(ClassKind.Protocol) || shape == BodyShape.NotImplemented)
            {
                return;
            }

            var index = context.Project.Index;
            if (facts.BaseDefines(name, index is null ? null : index.ClassDefines) != false
                || (shape == BodyShape.Empty && (ClassUsesOwnMethod(owner, name, scope, model) || SubclassOverrides(owner, name, model)
                    || SiblingImplements(owner, facts, name, model) || AnswersCallback(owner, name, scope, model)
                    || (context.Parse is { } parse && ModuleReachesByName(parse.Module, function, name)))))
            {
                return;
            }
        }

        if (shape == BodyShape.Empty && (name.StartsWith('_') || privateClass || (isMethod && IsSpecial(name))))
        {
            return;
        }

        var what = shape == BodyShape.NotImplemented ? "only raise NotImplementedError" : "only pass or ...";
        var advice = shape == BodyShape.NotImplemented
            ? "implement it, or say in the error's message why it is not implemented"
            : "implement it, or document with a docstring why it does nothing";
        context.Report(Info, TextSpan.FromBounds(body[0].Span.Start, body[^1].Span.End), $"Function '{name}' has a placeholder body ({what}): {advice}");
    }

    /// <summary>
    /// Tells whether the class reaches the method through its own instance or class (<c>self.setup()</c>,
    /// <c>callbacks = {"on_end": self.on_end}</c>): an empty method the class itself calls is a hook its subclasses fill
    /// in, or a callback that has nothing to do, not a stand-in for missing code.
    /// </summary>
    private static bool ClassUsesOwnMethod(ClassDef owner, string name, Scope classScope, SemanticModel model)
    {
        var finder = new SelfAttributeFinder(name, classScope, model);
        finder.Walk(owner);
        return finder.Found;
    }

    /// <summary>
    /// Tells whether the module names a method as a string outside it (<c>getattr(handler, "dummy")</c>, a table of
    /// exposed method names): an empty method dispatched to by name is a deliberate no-op of that protocol, not missing
    /// code. An attribute of another object with the same name (<c>other.reset()</c>) is not enough: the model cannot
    /// tell which class that object is.
    /// </summary>
    private static bool ModuleReachesByName(Module module, StmtNode method, string name)
    {
        var finder = new NameReachFinder(name, method);
        finder.Walk(module);
        return finder.Found;
    }

    /// <summary>
    /// Tells whether a class of the same file derives from <paramref name="owner"/> and implements the method (with code,
    /// not another empty body): the empty method is the base's default, which its subclasses fill in.
    /// </summary>
    private static bool SubclassOverrides(ClassDef owner, string name, SemanticModel model) =>
        OtherClassesImplementing(owner, name, model).Any(other => other.LocalBases.Contains(owner));

    /// <summary>
    /// Tells whether another class of the same file implements the interface this class implements, the empty method
    /// included, with code: the two share the method and at least two other methods (<c>NamespaceLoader</c> next to
    /// <c>_LoaderBasics</c>: <c>create_module</c>, <c>exec_module</c>, <c>is_package</c>, <c>load_module</c>). The empty
    /// method is then this implementation's no-op for that interface (a null object), as an override of a common base
    /// would be. One shared name is not enough: two classes that both have a <c>run</c> method share no interface.
    /// </summary>
    private static bool SiblingImplements(ClassDef owner, ClassModel facts, string name, SemanticModel model)
    {
        foreach (var other in OtherClassesImplementing(owner, name, model))
        {
            var shared = 0;
            foreach (var method in facts.Methods.Keys)
            {
                if (method != name && !IsSpecial(method) && other.Methods.ContainsKey(method) && ++shared >= 2)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>The other classes of the file that define a method of this name with code (not another empty body).</summary>
    private static IEnumerable<ClassModel> OtherClassesImplementing(ClassDef owner, string name, SemanticModel model)
    {
        foreach (var binding in model.Bindings)
        {
            if (binding is { Kind: BindingKind.ClassDefinition, Node: ClassDef type } && !ReferenceEquals(type, owner)
                && model.ClassOf(type) is { } other
                && other.Methods.TryGetValue(name, out var method)
                && BodyOf(method) is { IsDefaultOrEmpty: false } body && Shape(body) == BodyShape.Code)
            {
                yield return other;
            }
        }
    }

    /// <summary>
    /// Tells whether the class hands itself to other code of the file (<c>dnd_start(self, event)</c>) and code of the
    /// file outside the class calls the method on an object whose class it does not know (<c>source.dnd_end(target,
    /// event)</c>, where <c>source</c> is what it was handed): the empty method is this class's answer to a callback
    /// protocol, with nothing to do. Both halves are needed: a call on another object alone (<c>other.reset()</c>) says
    /// nothing about this class.
    /// </summary>
    private static bool AnswersCallback(ClassDef owner, string name, Scope classScope, SemanticModel model)
    {
        var handsItself = new SelfArgumentFinder(classScope, model);
        handsItself.Walk(owner);
        if (!handsItself.Found)
        {
            return false;
        }

        var caller = new ProtocolCallFinder(name, owner, model);
        caller.Walk(model.Module);
        return caller.Found;
    }

    private static ImmutableArray<StmtNode> BodyOf(StmtNode function) => function switch
    {
        FunctionDef definition => definition.Body,
        AsyncFunctionDef definition => definition.Body,
        _ => [],
    };

    /// <summary>
    /// Tells whether a comment explains an empty body: a comment on a line of its own right above the definition (or its
    /// decorators), or any comment inside the body (<c>pass  # nothing to clean up</c>). Suppression and tool comments
    /// (<c>noqa</c>, <c>pragma</c>, <c>type:</c>), one-word comments and TODO-style tags explain nothing.
    /// </summary>
    private static bool HasExplainingComment(StmtNode function, ImmutableArray<StmtNode> body, ImmutableArray<ExprNode> decorators, RuleContext context)
    {
        if (context.Parse is not { } parse)
        {
            return false;
        }

        var lines = context.Source.Lines;
        var start = decorators.IsDefaultOrEmpty ? function.Span.Start : Math.Min(function.Span.Start, decorators.Min(d => d.Span.Start));
        var above = lines.GetLineNumber(start) - 1;
        var last = lines.GetLineNumber(Math.Max(body[^1].Span.Start, body[^1].Span.End - 1));
        foreach (var comment in parse.Comments)
        {
            var line = lines.GetLineNumber(comment.Start);
            if (line < above)
            {
                continue;
            }

            if (line > last)
            {
                break;
            }

            var text = context.Source.Slice(comment).TrimStart('#').Trim();
            if (text.StartsWith("noqa", StringComparison.OrdinalIgnoreCase) || text.StartsWith("pragma", StringComparison.OrdinalIgnoreCase)
                || text.StartsWith("type:", StringComparison.Ordinal) || text.IndexOfAny(' ', '\t') < 0
                || TodoComment.StartsWithTag(text.ToString()))
            {
                // A one-word comment (`# ok`, `# unused`) explains too little, and a TODO says the work is missing.
                continue;
            }

            var ownLine = context.Source.Text.AsSpan(lines.GetLineStart(line), comment.Start - lines.GetLineStart(line)).IsWhiteSpace();
            if (line > above || ownLine)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsSpecial(string name) => name.Length > 4 && name.StartsWith("__", StringComparison.Ordinal) && name.EndsWith("__", StringComparison.Ordinal);

    private static bool IsDeliberate(ImmutableArray<ExprNode> decorators, SemanticModel model)
    {
        foreach (var decorator in decorators)
        {
            var target = decorator is Call call ? call.Func : decorator;
            if (model.MatchesTyping(target, "overload") || model.MatchesTyping(target, "override"))
            {
                return true;
            }

            if (model.QualifiedNameOf(target) is "abc.abstractmethod" or "abc.abstractproperty" or "abc.abstractclassmethod" or "abc.abstractstaticmethod")
            {
                return true;
            }

            if (IsCommandGroup(target, model))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Tells whether a decorator makes the function a command group's callback, whose body may well be empty: the group
    /// only dispatches to its subcommands. <c>@click.group()</c>; <c>@cli.group()</c> on a click group or command
    /// <c>cli</c>; <c>@app.callback()</c> on <c>app = typer.Typer()</c>.
    /// </summary>
    private static bool IsCommandGroup(ExprNode target, SemanticModel model)
    {
        if (model.QualifiedNameOf(target) is "click.group" or "click.decorators.group")
        {
            return true;
        }

        if (target is not Python.Syntax.Attribute { Value: Name owner, Attr: "group" or "callback" } attribute
            || model.ReferenceOf(owner)?.Binding is not { } binding)
        {
            return false;
        }

        return (attribute.Attr, binding.Node) switch
        {
            ("group", FunctionDef function) => function.DecoratorList.Any(d => model.QualifiedNameOf(d is Call c ? c.Func : d)
                is "click.group" or "click.command" or "click.decorators.group" or "click.decorators.command"),
            ("callback", Assign { Value: Call construct }) => model.QualifiedNameOf(construct.Func) is "typer.Typer" or "typer.main.Typer",
            _ => false,
        };
    }

    private static BodyShape Shape(ImmutableArray<StmtNode> body)
    {
        var index = 0;
        var documented = false;
        if (SyntaxFacts.IsStringStatement(body[0]))
        {
            documented = true;
            index = 1;
        }

        var shape = documented ? BodyShape.Documented : BodyShape.Empty;
        for (; index < body.Length; index++)
        {
            switch (body[index])
            {
                case Pass:
                case Expr { Value: Constant { Value: EllipsisValue } }:
                    break;
                case Raise { Exc: var exception } when IsNotImplementedError(exception):
                    if (Explains(exception))
                    {
                        return BodyShape.ExplainedNotImplemented;
                    }

                    shape = BodyShape.NotImplemented;
                    break;
                default:
                    return BodyShape.Code;
            }
        }

        return shape;
    }

    private static bool IsNotImplementedError(ExprNode? exception)
    {
        if (exception is Call call)
        {
            exception = call.Func;
        }

        return SyntaxFacts.DottedName(exception) is "NotImplementedError" or "builtins.NotImplementedError";
    }

    /// <summary>Tells whether <c>NotImplementedError(...)</c> carries a message that says why (not a bare or placeholder one).</summary>
    private static bool Explains(ExprNode? exception)
    {
        if (exception is not Call { Args: [var message, ..] })
        {
            return false;
        }

        if (message is JoinedStr)
        {
            return true;
        }

        if (message is not Constant { Value: string text })
        {
            return message is not Constant;
        }

        // A message explains when it says more than a placeholder: not a tag (PLH001's vocabulary), not a
        // placeholder phrase (PLH003's), not the exception's own name in words.
        var trimmed = text.Trim().TrimEnd('.', '!');
        return trimmed.Length > 0
            && !TodoComment.StartsWithTag(trimmed)
            && !PlaceholderText.IsPlaceholderPhrase(trimmed)
            && !trimmed.Equals("not implemented", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Finds, outside one method, a string equal to its name.</summary>
    private sealed class NameReachFinder(string name, StmtNode method) : SyntaxWalker
    {
        public bool Found { get; private set; }

        protected override bool Enter(SyntaxNode node)
        {
            if (Found || ReferenceEquals(node, method))
            {
                return false;
            }

            if (node is Constant { Value: string text } && text == name)
            {
                Found = true;
                return false;
            }

            return true;
        }
    }

    /// <summary>Finds a call, in one class, that passes the class's own instance (<c>self</c>) as an argument.</summary>
    private sealed class SelfArgumentFinder(Scope classScope, SemanticModel model) : SyntaxWalker
    {
        public bool Found { get; private set; }

        protected override bool Enter(SyntaxNode node)
        {
            if (Found)
            {
                return false;
            }

            if (node is Call call && (call.Args.Any(IsOwnInstance) || call.Keywords.Any(k => IsOwnInstance(k.Value))))
            {
                Found = true;
                return false;
            }

            return true;
        }

        private bool IsOwnInstance(ExprNode argument) =>
            argument is Name name && model.ReferenceOf(name)?.Binding is { Kind: BindingKind.Parameter } parameter
            && ReferenceEquals(parameter.Scope.Parent, classScope) && SelfAttributeFinder.IsFirstParameter(parameter);
    }

    /// <summary>
    /// Finds, outside one class, a call of a method by name on an object whose class the model cannot tell: a receiver
    /// that is a parameter, a variable or an attribute, not an imported module, a class or a function of the file.
    /// </summary>
    private sealed class ProtocolCallFinder(string name, ClassDef owner, SemanticModel model) : SyntaxWalker
    {
        public bool Found { get; private set; }

        protected override bool Enter(SyntaxNode node)
        {
            if (Found || ReferenceEquals(node, owner))
            {
                return false;
            }

            if (node is Call { Func: Python.Syntax.Attribute { Value: var receiver } method } && method.Attr == name && IsOpaque(receiver))
            {
                Found = true;
                return false;
            }

            return true;
        }

        private bool IsOpaque(ExprNode receiver)
        {
            while (receiver is Python.Syntax.Attribute attribute)
            {
                receiver = attribute.Value;
            }

            if (receiver is not Name root)
            {
                return receiver is Call or Subscript;
            }

            return model.ReferenceOf(root)?.Binding is { } binding
                && binding.Kind is not (BindingKind.Import or BindingKind.FromImport or BindingKind.StarImport
                    or BindingKind.ClassDefinition or BindingKind.FunctionDefinition);
        }
    }

    /// <summary>Finds <c>self.name</c> or <c>cls.name</c>, read through the first parameter of a method of one class.</summary>
    private sealed class SelfAttributeFinder(string name, Scope classScope, SemanticModel model) : SyntaxWalker
    {
        public bool Found { get; private set; }

        protected override bool Enter(SyntaxNode node)
        {
            if (Found)
            {
                return false;
            }

            if (node is Python.Syntax.Attribute { Value: Name receiver } attribute && attribute.Attr == name
                && model.ReferenceOf(receiver)?.Binding is { Kind: BindingKind.Parameter } parameter
                && ReferenceEquals(parameter.Scope.Parent, classScope)
                && IsFirstParameter(parameter))
            {
                Found = true;
                return false;
            }

            return true;
        }

        internal static bool IsFirstParameter(Binding parameter)
        {
            var arguments = parameter.Scope.Node switch
            {
                FunctionDef function => function.Args,
                AsyncFunctionDef function => function.Args,
                _ => null,
            };
            var first = arguments is null ? null : (arguments.Posonlyargs.Length > 0 ? arguments.Posonlyargs[0] : arguments.Args.FirstOrDefault());
            return first is not null && ReferenceEquals(first, parameter.Node);
        }
    }

    private enum BodyShape
    {
        Code,
        Empty,
        Documented,
        NotImplemented,
        ExplainedNotImplemented,
    }
}
