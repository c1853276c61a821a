using System.Collections.Immutable;
using ProdReady.Python.Syntax;
using ProdReady.Semantics.Model;

namespace ProdReady.Semantics.TestMapping;

/// <summary>
/// The command-line parameters of a function that Typer or click runs as a command, as far as a run's words need them to
/// tell whether the run leaves a parameter to a default that is an edge value (<c>lastname: str = typer.Option("")</c>,
/// <c>@click.option("--lastname", default="")</c>).
/// </summary>
internal static partial class FactsExtractor
{
    private static readonly string[] s_typerOptions = ["typer.Option", "typer.params.Option"];

    private static readonly string[] s_typerArguments = ["typer.Argument", "typer.params.Argument"];

    /// <summary>
    /// The markers of a command: the functions its parameters have click run (<see cref="UnitFacts.CommandCallbackMarker"/>,
    /// <see cref="UnitFacts.CommandFactoryMarker"/>), and, when one of its parameters defaults to an edge value, those of
    /// its parameters (<see cref="UnitFacts.CommandOptionMarker"/>, <see cref="UnitFacts.CommandFlagMarker"/>,
    /// <see cref="UnitFacts.CommandEdgeMarker"/>). None for a function that is no command of Typer's or click's shape.
    /// </summary>
    private static List<string> CommandParameterMarkers(SemanticModel model, Arguments arguments, IReadOnlyList<ExprNode> decorators)
    {
        if (!MayBeCommand(arguments, decorators))
        {
            return [];
        }

        var markers = new List<string>();
        var callbacks = new List<string>();
        var edge = false;
        var variadic = false;
        var position = 0;
        var clickDeclared = false;
        foreach (var decorator in decorators)
        {
            if (decorator is not Call call || Qualified(model, call.Func) is not { } maker)
            {
                continue;
            }

            var isOption = maker is "click.option" or "click.decorators.option";
            if (!isOption && maker is not ("click.argument" or "click.decorators.argument"))
            {
                continue;
            }

            clickDeclared = true;
            var edgeDefault = call.Keywords.FirstOrDefault(k => k.Arg == "default")?.Value is { } value && IsEdgeValue(value) && !FilledElsewhere(call);
            if (!isOption)
            {
                NoteParameterCallbacks(model, call, [], callbacks);
                variadic |= call.Keywords.Any(k => k.Arg == "nargs" && k.Value is not Constant { Value: 1L });
                edge |= edgeDefault;
                AddEdgeArgument(markers, edgeDefault, ref position);
                continue;
            }

            var names = OptionNames(call.Args);
            NoteParameterCallbacks(model, call, names, callbacks);
            var flag = TakesNoValue(call) || call.Args.Any(a => a is Constant { Value: string declared } && declared.Contains('/', StringComparison.Ordinal));
            edge |= AddOption(markers, names, flag, edgeDefault && !flag);
        }

        if (!clickDeclared)
        {
            var defaults = arguments.Defaults;
            var positional = arguments.Posonlyargs.AddRange(arguments.Args);
            var first = positional.Length - defaults.Length;
            for (var i = 0; i < positional.Length + arguments.Kwonlyargs.Length; i++)
            {
                var (argument, given) = i < positional.Length
                    ? (positional[i], i >= first ? defaults[i - first] : null)
                    : (arguments.Kwonlyargs[i - positional.Length], arguments.KwDefaults[i - positional.Length]);
                edge |= AddTyperParameter(model, markers, callbacks, argument, given, ref position, ref variadic);
            }
        }

        if (!edge || variadic)
        {
            // No edge default, or an argument taking any number of words, after which click fills the later arguments
            // from the end: the words cannot be matched to the parameters, so no run is read.
            markers.Clear();
        }

        markers.AddRange(callbacks);
        return markers;
    }

    /// <summary>
    /// Notes the functions a parameter's declaration has click run while it reads the command line: <c>callback=</c> and
    /// Typer's <c>parser=</c> (<see cref="UnitFacts.CommandCallbackMarker"/>), and Typer's <c>default_factory=</c>, run
    /// when the parameter is not given (<see cref="UnitFacts.CommandFactoryMarker"/>); and the function it gives for shell
    /// completion (<c>autocompletion=</c>, <c>shell_complete=</c>, <see cref="UnitFacts.CommandCompletionMarker"/>).
    /// </summary>
    private static void NoteParameterCallbacks(SemanticModel model, Call declaration, List<string> names, List<string> callbacks)
    {
        foreach (var keyword in declaration.Keywords)
        {
            if (keyword.Arg is "callback" or "parser" or "default_factory" or "autocompletion" or "shell_complete" && Qualified(model, keyword.Value) is { } function
                && !function.StartsWith("builtins.", StringComparison.Ordinal) && !function.Contains('\t', StringComparison.Ordinal))
            {
                callbacks.Add(keyword.Arg switch
                {
                    "default_factory" => UnitFacts.CommandFactoryMarker + function,
                    "autocompletion" or "shell_complete" => UnitFacts.CommandCompletionMarker + function,
                    _ => UnitFacts.CommandCallbackMarker + (declaration.Keywords.Any(k => k.Arg == "is_eager" && k.Value is Constant { Value: true }) ? "!" : string.Empty)
                        + string.Join('|', names) + "\t" + function,
                });
            }
        }
    }

    /// <summary>
    /// Tells, by its shape alone, whether a function may be a command whose parameters say something: a registration or
    /// click parameter decorator (<c>@app.command()</c>, <c>@click.option(...)</c>), or a parameter whose
    /// default is a call (<c>typer.Option(...)</c>) or whose annotation is <c>Annotated[...]</c>. Most functions are not,
    /// and are not read further.
    /// </summary>
    private static bool MayBeCommand(Arguments arguments, IReadOnlyList<ExprNode> decorators)
    {
        foreach (var decorator in decorators)
        {
            if (decorator is Call { Func: Python.Syntax.Attribute { Attr: "command" or "callback" or "option" or "argument" } or Name { Id: "command" or "option" or "argument" } })
            {
                return true;
            }
        }

        foreach (var value in arguments.Defaults)
        {
            if (value is Call)
            {
                return true;
            }
        }

        foreach (var value in arguments.KwDefaults)
        {
            if (value is Call)
            {
                return true;
            }
        }

        foreach (var group in (ReadOnlySpan<ImmutableArray<Arg>>)[arguments.Posonlyargs, arguments.Args, arguments.Kwonlyargs])
        {
            foreach (var argument in group)
            {
                if (argument.Annotation is Subscript { Value: Name { Id: "Annotated" } or Python.Syntax.Attribute { Attr: "Annotated" } })
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Adds the marker of one Typer parameter; tells whether it defaults to an edge value.</summary>
    private static bool AddTyperParameter(SemanticModel model, List<string> markers, List<string> callbacks, Arg argument, ExprNode? given, ref int position, ref bool variadic)
    {
        var annotation = argument.Annotation;
        var declared = DeclaredAnnotation(model, annotation);
        if (declared is "typer.Context" or "typer.models.Context" or "click.Context" or "click.core.Context")
        {
            return false;
        }

        // `typer.Option(default, *names)` as the default (Typer's older form), or `Annotated[T, typer.Option(*names)] = default`.
        ExprNode? defaultValue = given;
        Call? spec = null;
        var annotatedSpec = false;
        if (given is Call made && IsTyperParameter(model, made))
        {
            spec = made;
            defaultValue = made.Args.Length > 0 ? made.Args[0] : made.Keywords.FirstOrDefault(k => k.Arg == "default")?.Value;
        }
        else if (annotation is Subscript { Slice: Python.Syntax.Tuple { Elts: [var inner, .. var metadata] } } annotated && model.MatchesTyping(annotated.Value, "Annotated"))
        {
            spec = metadata.OfType<Call>().FirstOrDefault(c => IsTyperParameter(model, c));
            annotatedSpec = spec is not null;
            annotation = inner;
        }

        var edgeDefault = defaultValue is not null && defaultValue is not Constant { Value: EllipsisValue } && IsEdgeValue(defaultValue)
            && (spec is null || !FilledElsewhere(spec));
        var isArgument = spec is null ? given is null : Qualified(model, spec.Func) is { } kind && s_typerArguments.Contains(kind);
        if (isArgument)
        {
            // An argument of a collection type (`files: list[Path]`) takes any number of words.
            variadic |= annotation is Subscript { Value: Name { Id: "list" or "List" or "tuple" or "Tuple" or "set" or "Set" or "Sequence" } or Python.Syntax.Attribute { Attr: "List" or "Tuple" or "Set" or "Sequence" } };
            if (spec is not null)
            {
                NoteParameterCallbacks(model, spec, [], callbacks);
            }

            AddEdgeArgument(markers, edgeDefault, ref position);
            return edgeDefault;
        }

        var flag = (annotation is not null && IsFlagAnnotation(model, annotation, 0)) || defaultValue is Constant { Value: bool } || (spec is not null && TakesNoValue(spec));
        var names = spec is null ? [] : OptionNames(annotatedSpec ? spec.Args : spec.Args.RemoveRange(0, Math.Min(1, spec.Args.Length)));
        if (names.Count == 0)
        {
            names.Add("--" + argument.Name.Replace('_', '-'));
            if (flag)
            {
                names.Add("--no-" + argument.Name.Replace('_', '-'));
            }
        }

        if (spec is not null)
        {
            NoteParameterCallbacks(model, spec, names, callbacks);
        }

        return AddOption(markers, names, flag, edgeDefault && !flag);
    }

    /// <summary>Tells whether a call declares a Typer parameter (<c>typer.Option(...)</c>, <c>typer.Argument(...)</c>).</summary>
    private static bool IsTyperParameter(SemanticModel model, Call call) =>
        Qualified(model, call.Func) is { } maker && (s_typerOptions.Contains(maker) || s_typerArguments.Contains(maker));

    /// <summary>
    /// Tells whether an option's declaration makes it take no value: <c>is_flag=True</c>, any <c>flag_value=</c> (click
    /// then makes it a flag), or <c>count=True</c>.
    /// </summary>
    private static bool TakesNoValue(Call declaration) => declaration.Keywords.Any(k =>
        (k.Arg is "is_flag" or "count" && k.Value is Constant { Value: true }) || k.Arg == "flag_value");

    /// <summary>
    /// Tells whether a parameter's value may come from elsewhere than the words when they leave it out: an environment
    /// variable (<c>envvar=</c>) or a prompt (<c>prompt=</c>). Its default is then not known to be what a run gets.
    /// </summary>
    private static bool FilledElsewhere(Call declaration) => declaration.Keywords.Any(k =>
        k.Arg == "envvar" || (k.Arg == "prompt" && k.Value is not Constant { Value: false or null }));

    /// <summary>The option names among a declaration's strings (<c>"--name"</c>, <c>"-n"</c>, <c>"--shout/--no-shout"</c>).</summary>
    private static List<string> OptionNames(ImmutableArray<ExprNode> declarations)
    {
        var names = new List<string>();
        foreach (var declaration in declarations)
        {
            if (declaration is Constant { Value: string text })
            {
                foreach (var part in text.Split('/'))
                {
                    var name = part.Trim();
                    if (name.Length > 1 && name[0] == '-' && !name.Contains('|', StringComparison.Ordinal))
                    {
                        names.Add(name);
                    }
                }
            }
        }

        return names;
    }

    /// <summary>Adds an option's markers; tells whether it defaults to an edge value.</summary>
    private static bool AddOption(List<string> markers, List<string> names, bool flag, bool edgeDefault)
    {
        if (names.Count == 0)
        {
            return false;
        }

        var joined = string.Join('|', names);
        markers.Add((flag ? UnitFacts.CommandFlagMarker : UnitFacts.CommandOptionMarker) + joined);
        if (edgeDefault)
        {
            markers.Add(UnitFacts.CommandEdgeMarker + joined);
        }

        return edgeDefault;
    }

    /// <summary>Counts a positional argument, marked when it defaults to an edge value.</summary>
    private static void AddEdgeArgument(List<string> markers, bool edgeDefault, ref int position)
    {
        if (edgeDefault)
        {
            markers.Add(UnitFacts.CommandEdgeMarker + "#" + position.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        position++;
    }
}
