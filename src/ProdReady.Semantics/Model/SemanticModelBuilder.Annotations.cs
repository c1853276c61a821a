using ProdReady.Core.Text;
using ProdReady.Python;
using ProdReady.Python.Syntax;

namespace ProdReady.Semantics.Model;

/// <content>String annotations and <c>__all__</c>.</content>
internal sealed partial class SemanticModelBuilder
{
    /// <summary>
    /// Parses a string annotation with the Python parser and reads it like any annotation, deferred (a type checker
    /// evaluates it after the module). When the literal's text is the value itself (no escapes, one literal) the
    /// references point into the string; otherwise, and for strings nested inside it, they point at the whole literal.
    /// </summary>
    private void VisitStringAnnotation(Constant constant, string text, Context context)
    {
        if (text.Length == 0 || text.Length > 4096)
        {
            return;
        }

        var parse = PythonParser.Parse(new SourceText("(" + text + "\n)"));
        if (!parse.Success || parse.Module.Body is not [Expr { Value: var expression }])
        {
            return;
        }

        _model.MapStringAnnotation(constant, expression);
        var outer = _stringAnnotation;
        _stringAnnotation = outer is null ? (LiteralContentOffset(constant, text), constant) : (-1, outer.Value.Literal);
        try
        {
            VisitExpression(expression, context.WithFlags(ReferenceFlags.StringAnnotation | ReferenceFlags.Deferred));
        }
        finally
        {
            _stringAnnotation = outer;
        }
    }

    /// <summary>Returns the offset of a string literal's content when it maps one to one onto the value; -1 otherwise.</summary>
    private int LiteralContentOffset(Constant constant, string value)
    {
        var span = constant.Span;
        if (span.End > _source.Length)
        {
            return -1;
        }

        var raw = _source.Text.AsSpan(span.Start, span.Length);
        var prefix = 0;
        while (prefix < raw.Length && char.IsLetter(raw[prefix]))
        {
            prefix++;
        }

        if (prefix >= raw.Length || raw[prefix] is not ('\'' or '"'))
        {
            return -1;
        }

        var quote = raw.Length - prefix >= 6 && raw[prefix + 1] == raw[prefix] && raw[prefix + 2] == raw[prefix] ? 3 : 1;
        var contentLength = raw.Length - prefix - (2 * quote);
        if (contentLength != value.Length || raw.Slice(prefix + quote, contentLength).IndexOf('\\') >= 0)
        {
            return -1;
        }

        return raw.Slice(prefix + quote, contentLength).SequenceEqual(value) ? span.Start + prefix + quote : -1;
    }

    /// <summary>
    /// Records the facts of an assignment that the names alone do not show: <c>__all__</c>, and writes the model cannot
    /// follow (<c>globals()[name] = ...</c>, <c>sys.modules[...] = ...</c>, <c>namespace = globals()</c> at module level).
    /// </summary>
    private void RecordAssignmentFacts(Assign assign, Context context)
    {
        if (assign.Value is Call { Func: Name { Id: "globals" } } && context.Scope.Kind == ScopeKind.Module)
        {
            // The namespace is kept under another name (`mod_dict = globals()`) to be written through it.
            _model.HasDynamicGlobals = true;
        }

        foreach (var target in assign.Targets)
        {
            if (target is Subscript { Value: Call { Func: Name { Id: "globals" } } }
                || target is Subscript { Value: Python.Syntax.Attribute { Attr: "modules", Value: Name { Id: "sys" } }, Slice: Name { Id: "__name__" } })
            {
                // The module writes its own names, or replaces itself (`sys.modules[__name__] = other`).
                _model.HasDynamicGlobals = true;
            }
            else if (target is Subscript { Value: Python.Syntax.Attribute { Attr: "modules", Value: Name { Id: "sys" } } })
            {
                // The module installs other modules (`os` installs `os.path`).
                _model.InstallsModules = true;
            }
        }

        if (context.Scope.Kind != ScopeKind.Module)
        {
            return;
        }

        foreach (var target in assign.Targets)
        {
            if (target is Name { Id: "__all__" })
            {
                _model.All = new DunderAll();
                CollectAll(assign.Value);
            }
        }
    }

    /// <summary>Adds the string literals of an <c>__all__</c> value; anything else marks the list incomplete.</summary>
    private void CollectAll(ExprNode value)
    {
        var all = _model.All ??= new DunderAll();
        var pending = new Stack<ExprNode>();
        pending.Push(value);
        while (pending.Count > 0)
        {
            switch (pending.Pop())
            {
                case List list:
                    foreach (var element in list.Elts)
                    {
                        AddAllName(all, element);
                    }

                    break;
                case Python.Syntax.Tuple tuple:
                    foreach (var element in tuple.Elts)
                    {
                        AddAllName(all, element);
                    }

                    break;
                case BinOp { Op: Operator.Add } sum:
                    pending.Push(sum.Right);
                    pending.Push(sum.Left);
                    break;
                default:
                    all.IsIncomplete = true;
                    break;
            }
        }
    }

    private static void AddAllName(DunderAll all, ExprNode element)
    {
        if (element is Constant { Value: string name })
        {
            all.Add(name, element.Span);
        }
        else
        {
            all.IsIncomplete = true;
        }
    }

    /// <summary>Reads <c>__all__.append("x")</c>, <c>__all__.extend([...])</c> and <c>__all__.remove("x")</c>.</summary>
    private void RecordAllCall(string method, Call call)
    {
        var all = _model.All ??= new DunderAll();
        switch (method)
        {
            case "append" when call.Args is [var item]:
                AddAllName(all, item);
                break;
            case "extend" when call.Args is [var items]:
                CollectAll(items);
                break;
            case "remove" when call.Args is [Constant { Value: string removed }]:
                all.Remove(removed);
                break;
            default:
                all.IsIncomplete = true;
                break;
        }
    }
}
