using System.Collections.Immutable;
using ProdReady.Analysis.Docstrings;
using ProdReady.Python.Syntax;

namespace ProdReady.Analysis.Rules.Docstrings;

/// <summary>What the docstring rules need to know about one function or method.</summary>
internal sealed class FunctionFacts(StmtNode node, string name, Arguments arguments, ImmutableArray<StmtNode> body, ClassDef? owner)
{
    // Built on first use: most functions never reach a rule that reads their parameters or raised exceptions.
    private Arg[]? _parameters;
    private List<(ResolvedException Exception, ExprNode At)>? _raised;
    private List<ResolvedException>? _reraised;

    /// <summary>Gets the <c>def</c> or <c>async def</c> statement.</summary>
    public StmtNode Node { get; } = node;

    /// <summary>Gets the function's name.</summary>
    public string Name { get; } = name;

    /// <summary>Gets the signature.</summary>
    public Arguments Arguments { get; } = arguments;

    /// <summary>Gets the body.</summary>
    public ImmutableArray<StmtNode> Body { get; } = body;

    /// <summary>Gets the class the method is defined in, or <see langword="null"/> for a function.</summary>
    public ClassDef? Owner { get; } = owner;

    /// <summary>Gets the parameters a docstring documents: every one but a method's <c>self</c> or <c>cls</c>.</summary>
    public IReadOnlyList<Arg> Parameters => _parameters ??= BuildParameters();

    /// <summary>Gets the number of <see cref="Parameters"/>, without building the list.</summary>
    public int ParameterCount => _parameters?.Length ?? (Arguments.Posonlyargs.Length + Arguments.Args.Length - (SkipsFirst ? 1 : 0)
        + (Arguments.Vararg is null ? 0 : 1) + Arguments.Kwonlyargs.Length + (Arguments.Kwarg is null ? 0 : 1));

    /// <summary>Gets or sets a value indicating whether the signature has <c>**kwargs</c>.</summary>
    public bool HasKwargs { get; set; }

    /// <summary>Gets or sets the function's own docstring.</summary>
    public DocstringInfo? Own { get; set; }

    /// <summary>Gets or sets a value indicating whether the function is public.</summary>
    public bool IsPublic { get; set; }

    /// <summary>Gets or sets a value indicating whether the method is a <c>staticmethod</c>.</summary>
    public bool IsStatic { get; set; }

    /// <summary>Gets or sets a value indicating whether the method is a <c>classmethod</c>.</summary>
    public bool IsClassMethod { get; set; }

    /// <summary>Gets or sets a value indicating whether the method is a property getter.</summary>
    public bool IsProperty { get; set; }

    /// <summary>Gets or sets a value indicating whether the method is a property setter or deleter.</summary>
    public bool IsAccessor { get; set; }

    /// <summary>Gets or sets a value indicating whether the function is an <c>@overload</c> signature.</summary>
    public bool IsOverload { get; set; }

    /// <summary>Gets or sets a value indicating whether the method is marked <c>@override</c>.</summary>
    public bool IsOverride { get; set; }

    /// <summary>Gets or sets a value indicating whether a <c>return</c> gives a value other than <c>None</c>.</summary>
    public bool ReturnsValue { get; set; }

    /// <summary>Gets or sets a value indicating whether the return annotation promises a value (not <c>None</c>, <c>NoReturn</c>, <c>Never</c>).</summary>
    public bool AnnotatedReturn { get; set; }

    /// <summary>Gets or sets a value indicating whether the return annotation is an iterator or generator type.</summary>
    public bool ReturnsIterator { get; set; }

    /// <summary>Gets or sets a value indicating whether the body has <c>yield</c> or <c>yield from</c>.</summary>
    public bool IsGenerator { get; set; }

    /// <summary>Gets or sets a value indicating whether a <c>yield</c> gives a value (or a <c>yield from</c> delegates).</summary>
    public bool YieldsValue { get; set; }

    /// <summary>Gets or sets a value indicating whether the body is only a docstring, <c>pass</c>, <c>...</c> or <c>raise NotImplementedError</c>.</summary>
    public bool IsStubBody { get; set; }

    /// <summary>Gets the exception classes the body raises and does not catch itself, with the raised expression.</summary>
    public IReadOnlyList<(ResolvedException Exception, ExprNode At)> Raised => (IReadOnlyList<(ResolvedException Exception, ExprNode At)>?)_raised ?? [];

    /// <summary>Gets the classes a bare <c>raise</c> re-raises from its handler.</summary>
    public IReadOnlyList<ResolvedException> Reraised => (IReadOnlyList<ResolvedException>?)_reraised ?? [];

    /// <summary>Gets or sets a value indicating whether the body calls, subscripts, awaits or reads an attribute of something, which may raise what no <c>raise</c> shows.</summary>
    public bool HasImplicitRaises { get; set; }

    /// <summary>Gets or sets a value indicating whether some <c>raise</c> names something that cannot be resolved to a class.</summary>
    public bool HasUnresolvedRaise { get; set; }

    /// <summary>Gets or sets a value indicating whether <see cref="Parameters"/> leaves out the first positional parameter (a method's <c>self</c> or <c>cls</c>).</summary>
    public bool SkipsFirst { get; set; }

    /// <summary>Gets a value indicating whether the function is <c>__init__</c>.</summary>
    public bool IsInit => Owner is not null && Name == "__init__";

    /// <summary>Returns the docstring that documents the parameters: <c>__init__</c>'s own, or its class's (Google convention).</summary>
    /// <param name="facts">The file's facts.</param>
    /// <returns>The docstring, or <see langword="null"/>.</returns>
    public DocstringInfo? ArgsDocstring(DocstringFacts facts)
    {
        if (!IsInit || Owner is null)
        {
            return Own;
        }

        var type = facts.DocstringOf(Owner);
        var classDocumentsArgs = type is not null && HasArgs(type.Parsed);
        if (Own is not null && (HasArgs(Own.Parsed) || !classDocumentsArgs))
        {
            return Own;
        }

        return type;
    }

    /// <summary>Records an exception class the body raises and does not catch.</summary>
    /// <param name="exception">The class.</param>
    /// <param name="at">The raised expression.</param>
    public void AddRaised(ResolvedException exception, ExprNode at) => (_raised ??= []).Add((exception, at));

    /// <summary>Records a class a bare <c>raise</c> re-raises.</summary>
    /// <param name="exception">The class.</param>
    public void AddReraised(ResolvedException exception) => (_reraised ??= []).Add(exception);

    private static bool HasArgs(Docstring docstring) =>
        docstring.Has(SectionKind.Args) || docstring.Has(SectionKind.KeywordArgs) || docstring.Has(SectionKind.OtherParameters);

    private Arg[] BuildParameters()
    {
        // Sized once and filled by index: the count is known from the signature.
        var count = ParameterCount;
        if (count <= 0)
        {
            return [];
        }

        var all = new Arg[count];
        var next = 0;
        var positional = Arguments.Posonlyargs.Length + Arguments.Args.Length;
        for (var i = SkipsFirst ? 1 : 0; i < positional; i++)
        {
            all[next++] = i < Arguments.Posonlyargs.Length ? Arguments.Posonlyargs[i] : Arguments.Args[i - Arguments.Posonlyargs.Length];
        }

        if (Arguments.Vararg is { } vararg)
        {
            all[next++] = vararg;
        }

        foreach (var keywordOnly in Arguments.Kwonlyargs)
        {
            all[next++] = keywordOnly;
        }

        if (Arguments.Kwarg is { } kwarg)
        {
            all[next] = kwarg;
        }

        return all;
    }
}
