using System.Collections.Frozen;
using ProdReady.Analysis.Engine;
using ProdReady.Core.Diagnostics;
using ProdReady.Python.Syntax;

namespace ProdReady.Analysis.Rules.SecureBoundaries;

/// <summary><c>SEC003 unsafe-deserialization</c>: a deserialiser that can run code (<c>pickle</c>, <c>marshal</c>, unsafe <c>yaml.load</c>, ...).</summary>
public sealed class UnsafeDeserialization : Rule
{
    /// <summary>Loaders that run code whatever their arguments.</summary>
    private static readonly FrozenSet<string> s_alwaysUnsafe = new[]
    {
        "pickle.load", "pickle.loads", "pickle.Unpickler", "_pickle.load", "_pickle.loads", "_pickle.Unpickler",
        "cPickle.load", "cPickle.loads", "dill.load", "dill.loads", "dill.Unpickler", "cloudpickle.load", "cloudpickle.loads",
        "shelve.open", "shelve.DbfilenameShelf", "marshal.load", "marshal.loads", "jsonpickle.decode", "jsonpickle.unpickler.decode",
        "yaml.unsafe_load", "yaml.unsafe_load_all", "yaml.full_load", "yaml.full_load_all", "pandas.read_pickle", "joblib.load",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Loaders that are safe only with a safe <c>Loader</c>.</summary>
    private static readonly FrozenSet<string> s_yamlLoad = new[] { "yaml.load", "yaml.load_all" }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> s_safeLoaders = new[]
    {
        "yaml.SafeLoader", "yaml.CSafeLoader", "yaml.BaseLoader", "yaml.CBaseLoader", "yaml.loader.SafeLoader", "yaml.loader.BaseLoader",
        "yaml.cyaml.CSafeLoader", "yaml.cyaml.CBaseLoader",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> s_attributes = new[]
    {
        "load", "loads", "Unpickler", "open", "DbfilenameShelf", "decode", "unsafe_load", "unsafe_load_all", "full_load", "full_load_all",
        "load_all", "read_pickle",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <inheritdoc />
    public override RuleInfo Info { get; } = new(
        Code: "SEC003",
        Name: "unsafe-deserialization",
        Category: ChecklistItem.SecureBoundaries,
        DefaultSeverity: Severity.Error,
        Since: "0.3.0",
        Fix: FixAvailability.None,
        Docs: """
            ## What it does
            Flags deserialisers that can run code while they read: `pickle` (and `_pickle`, `dill`, `cloudpickle`)
            `load`, `loads` and `Unpickler`, `shelve.open`, `marshal.load`/`loads`, `jsonpickle.decode`,
            `pandas.read_pickle`, `joblib.load`, `yaml.unsafe_load`/`full_load`, `yaml.load`/`load_all` without a
            safe `Loader=` (`SafeLoader`, `CSafeLoader`, `BaseLoader`), `torch.load` without `weights_only=True`
            and `numpy.load` with `allow_pickle=True`. Calls are resolved through imports and aliases.

            Test code is not checked: tests round-trip their own objects.

            ## Why is this bad?
            A pickle stream is a program: unpickling calls any importable function with attacker-chosen
            arguments. YAML's full loaders build arbitrary Python objects the same way. Data that crossed a
            trust boundary (a request, a file a user uploaded, a cache shared with other services) must be
            read with a data-only format.

            ## Example
            ```python
            import yaml

            def read_config(stream):
                return yaml.load(stream, Loader=yaml.Loader)
            ```

            Use instead:
            ```python
            import yaml

            def read_config(stream):
                return yaml.safe_load(stream)
            ```
            """);

    /// <inheritdoc />
    public override void Register(RuleRegistration registry)
    {
        ArgumentNullException.ThrowIfNull(registry);
        registry.OnNode<Call>(Check);
    }

    private void Check(Call call, RuleContext context)
    {
        if (context.IsTestCode || context.Semantic is not { } model || SecurityFacts.Callee(call, model, s_attributes) is not { } callee)
        {
            return;
        }

        if (s_alwaysUnsafe.Contains(callee))
        {
            context.Report(Info, call.Span, $"'{callee}' can run arbitrary code while it reads: use a data-only format (json, msgpack) for anything that crosses a trust boundary");
        }
        else if (s_yamlLoad.Contains(callee))
        {
            var loader = SecurityFacts.Argument(call, 1, "Loader");
            if (loader is not null && model.QualifiedNameOf(loader) is { } name && s_safeLoaders.Contains(name))
            {
                return;
            }

            if (loader is null && SecurityFacts.HasDoubleStar(call))
            {
                return;
            }

            context.Report(Info, call.Span, $"'{callee}' without a safe Loader builds arbitrary Python objects: use yaml.safe_load or Loader=yaml.SafeLoader");
        }
        else if (callee is "torch.load")
        {
            if (!SecurityFacts.IsBool(SecurityFacts.Keyword(call, "weights_only"), true) && !SecurityFacts.HasDoubleStar(call))
            {
                context.Report(Info, call.Span, "'torch.load' without weights_only=True unpickles arbitrary objects: pass weights_only=True");
            }
        }
        else if (callee is "numpy.load" && SecurityFacts.IsBool(SecurityFacts.Keyword(call, "allow_pickle"), true))
        {
            context.Report(Info, call.Span, "'numpy.load' with allow_pickle=True unpickles arbitrary objects: store arrays without object dtype");
        }
    }
}
