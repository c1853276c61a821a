using System.Collections.Frozen;
using ProdReady.Analysis.Engine;
using ProdReady.Core.Diagnostics;
using ProdReady.Python.Syntax;

namespace ProdReady.Analysis.Rules.SecureBoundaries;

/// <summary><c>SEC011 unsafe-framework-setting</c>: a web framework or template engine configured unsafely.</summary>
public sealed class UnsafeFrameworkSetting : Rule
{
    private static readonly FrozenSet<string> s_flask = new[] { "flask.Flask", "flask.app.Flask" }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> s_jinja = new[]
    {
        "jinja2.Environment", "jinja2.Template", "jinja2.environment.Environment", "jinja2.environment.Template", "jinja2.sandbox.SandboxedEnvironment",
    }.ToFrozenSet(StringComparer.Ordinal);

    private const string AllInterfaces = "0.0.0.0";

    private static readonly FrozenSet<string> s_hostWords = new[] { "host", "hostname", "bind", "listen", "address", "addr", "interface", "iface", "ip" }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> s_jinjaNames = new[] { "Environment", "Template", "SandboxedEnvironment" }.ToFrozenSet(StringComparer.Ordinal);

    /// <inheritdoc />
    public override RuleInfo Info { get; } = new(
        Code: "SEC011",
        Name: "unsafe-framework-setting",
        Category: ChecklistItem.SecureBoundaries,
        DefaultSeverity: Severity.Error,
        Since: "0.3.0",
        Fix: FixAvailability.None,
        Docs: """
            ## What it does
            Flags framework settings that are unsafe in production.

            What counts:

            * Flask's debugger turned on: `app.run(debug=True)`, `app.debug = True` or
              `app.config["DEBUG"] = True` on an application created by `flask.Flask(...)`;
            * Django's `DEBUG = True` at the top level of a settings module (a file named `settings.py` or a
              module of a `settings` package);
            * Jinja2's `Environment(...)` or `Template(...)` with `autoescape=False`;
            * the address `"0.0.0.0"` (or `"0.0.0.0:PORT"`) where a server binds it, as a warning: a host-like
              keyword (`host=`, `bind=`), the address of an `(address, port)` pair passed to a call
              (`sock.bind(("0.0.0.0", 80))`), or the value of a host-like name, attribute, key or parameter
              (`HOST = "0.0.0.0"`, `{"bind": ...}`, `def serve(host="0.0.0.0")`). The address as a value of its
              own (`IPv4Address("0.0.0.0")`, a comparison) binds nothing and is not reported.

            Names are resolved through imports and aliases. Test code is not checked.

            ## Why is this bad?
            Werkzeug's debugger runs any Python typed into the error page. Django's debug pages show settings,
            SQL and source to every visitor, and keep every query in memory. Templates without autoescaping
            turn user text into markup (cross-site scripting). A service bound to every interface is reachable
            from networks it was not meant for; bind the interface you serve on and let the proxy face the
            world.

            ## Example
            ```python
            from flask import Flask

            app = Flask(__name__)

            if __name__ == "__main__":
                app.run(host="0.0.0.0", debug=True)
            ```

            Use instead:
            ```python
            import os
            from flask import Flask

            app = Flask(__name__)

            if __name__ == "__main__":
                app.run(host=os.environ.get("HOST", "127.0.0.1"), debug=os.environ.get("FLASK_DEBUG") == "1")
            ```
            """);

    /// <inheritdoc />
    public override void Register(RuleRegistration registry)
    {
        ArgumentNullException.ThrowIfNull(registry);
        registry.OnNode<Call>(CheckCall);
        registry.OnNode<Assign>(CheckAssign);
        registry.OnNode<Constant>(CheckAddress);
    }

    private void CheckCall(Call call, RuleContext context)
    {
        if (call.Keywords.Length == 0 || context.IsTestCode || context.Semantic is not { } model)
        {
            return;
        }

        if (call.Func is Python.Syntax.Attribute { Attr: "run", Value: var app } && SecurityFacts.IsBool(SecurityFacts.Keyword(call, "debug"), true)
            && SecurityFacts.CreatedBy(app, model, s_flask, s_flask) is not null)
        {
            context.Report(Info, call.Span, "Flask's debugger runs any code typed into its error page: never pass debug=True in code that ships");
        }
        else if (SecurityFacts.IsBool(SecurityFacts.Keyword(call, "autoescape"), false) && SecurityFacts.Callee(call, model, s_jinjaNames) is { } callee && s_jinja.Contains(callee))
        {
            context.Report(Info, call.Span, $"'{SecurityFacts.LastPart(callee)}' with autoescape=False renders user text as markup: use autoescape=True or select_autoescape()");
        }
    }

    private void CheckAssign(Assign assign, RuleContext context)
    {
        if (!SecurityFacts.IsBool(assign.Value, true) || context.IsTestCode || context.Semantic is not { } model)
        {
            return;
        }

        foreach (var target in assign.Targets)
        {
            switch (target)
            {
                case Name { Id: "DEBUG" } when context.Parent is Module && IsSettingsModule(context.Path):
                    context.Report(Info, assign.Span, "Django's DEBUG = True shows settings, SQL and source to every visitor: read it from the environment, off by default");
                    break;
                case Python.Syntax.Attribute { Attr: "debug", Value: var app } when SecurityFacts.CreatedBy(app, model, s_flask, s_flask) is not null:
                case Subscript { Slice: Constant { Value: "DEBUG" }, Value: Python.Syntax.Attribute { Attr: "config", Value: var configured } } when SecurityFacts.CreatedBy(configured, model, s_flask, s_flask) is not null:
                    context.Report(Info, assign.Span, "Flask's debugger runs any code typed into its error page: keep debug off in code that ships");
                    break;
            }
        }
    }

    private void CheckAddress(Constant constant, RuleContext context)
    {
        if (constant.Value is not string text || !(text == AllInterfaces || text.StartsWith(AllInterfaces + ":", StringComparison.Ordinal))
            || context.IsTestCode || !IsBoundAddress(constant, context.Ancestors))
        {
            return;
        }

        context.Report(Info, Severity.Warning, constant.Span, "\"0.0.0.0\" binds every network interface: bind the interface the service is meant to serve on");
    }

    /// <summary>
    /// Tells whether the address is one a server binds: a host-like keyword (<c>host="0.0.0.0"</c>), the address of an
    /// (address, port) pair passed to a call (<c>sock.bind(("0.0.0.0", 80))</c>), the value of a host-like name,
    /// attribute, key or parameter (<c>HOST = ...</c>, <c>{"bind": ...}</c>, <c>def serve(host="0.0.0.0")</c>). The
    /// address as a value of its own (<c>IPv4Address("0.0.0.0")</c>, <c>name in ("0.0.0.0", "::")</c>) binds nothing.
    /// </summary>
    private static bool IsBoundAddress(Constant constant, IReadOnlyList<SyntaxNode> ancestors)
    {
        var parent = ancestors.Count > 0 ? ancestors[^1] : null;
        switch (parent)
        {
            case Keyword { Arg: { } name }:
                return IsHostName(name);
            case Python.Syntax.Tuple { Elts.Length: 2 } pair when ReferenceEquals(pair.Elts[0], constant):
                return ancestors.Count > 1 && ancestors[^2] is Call call && call.Args.Any(a => ReferenceEquals(a, pair));
            case Assign assign when ReferenceEquals(assign.Value, constant):
                return assign.Targets.Any(IsHostTarget);
            case AnnAssign annotated when ReferenceEquals(annotated.Value, constant):
                return IsHostTarget(annotated.Target);
            case Dict dict:
                var at = dict.Values.IndexOf(constant);
                return at >= 0 && dict.Keys[at] is Constant { Value: string key } && IsHostName(key);
            case Arguments arguments:
                return IsHostDefault(arguments, constant);
            default:
                return false;
        }
    }

    private static bool IsHostDefault(Arguments arguments, Constant constant)
    {
        var positional = arguments.Posonlyargs.AddRange(arguments.Args);
        var at = arguments.Defaults.IndexOf(constant);
        if (at >= 0)
        {
            return IsHostName(positional[positional.Length - arguments.Defaults.Length + at].Name);
        }

        at = arguments.KwDefaults.IndexOf(constant);
        return at >= 0 && IsHostName(arguments.Kwonlyargs[at].Name);
    }

    private static bool IsHostTarget(ExprNode target) => target switch
    {
        Name name => IsHostName(name.Id),
        Python.Syntax.Attribute attribute => IsHostName(attribute.Attr),
        Subscript { Slice: Constant { Value: string key } } => IsHostName(key),
        _ => false,
    };

    /// <summary>Tells whether a name says host or bind address: one of its words (snake_case or camelCase) is such a word.</summary>
    private static bool IsHostName(string name)
    {
        foreach (var word in HardcodedSecret.Words(name))
        {
            if (s_hostWords.Contains(word))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsSettingsModule(string path)
    {
        var segments = path.Split('/');
        return segments[^1] is "settings.py" || (segments.Length > 1 && segments[^2] is "settings" && segments[^1].EndsWith(".py", StringComparison.Ordinal));
    }
}
