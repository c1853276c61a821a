using System.Collections.Frozen;
using ProdReady.Analysis.Engine;
using ProdReady.Core.Diagnostics;
using ProdReady.Python.Syntax;

namespace ProdReady.Analysis.Rules.SecureBoundaries;

/// <summary><c>SEC009 unfiltered-tar-extraction</c>: <c>extractall</c> or <c>extract</c> of a tar archive without an extraction filter.</summary>
public sealed class UnfilteredTarExtraction : Rule
{
    private static readonly FrozenSet<string> s_factories = new[]
    {
        "tarfile.open", "tarfile.TarFile", "tarfile.TarFile.open", "tarfile.TarFile.taropen", "tarfile.TarFile.gzopen",
        "tarfile.TarFile.bz2open", "tarfile.TarFile.xzopen", "tarfile.TarFile.zstopen",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> s_types = new[] { "tarfile.TarFile" }.ToFrozenSet(StringComparer.Ordinal);

    /// <inheritdoc />
    public override RuleInfo Info { get; } = new(
        Code: "SEC009",
        Name: "unfiltered-tar-extraction",
        Category: ChecklistItem.SecureBoundaries,
        DefaultSeverity: Severity.Error,
        Since: "0.3.0",
        Fix: FixAvailability.None,
        Docs: """
            ## What it does
            Flags `extractall()` or `extract()` on a tar archive without `filter=` (or with `filter=None` or
            `"fully_trusted"`). The archive is recognised when it comes from `tarfile.open(...)` or a
            `TarFile` constructor in the same expression, a local name assigned from one, a `with ... as`
            target, or a parameter annotated `tarfile.TarFile`; resolved through imports and aliases.

            Test code is not checked.

            ## Why is this bad?
            Before Python 3.14, members named `../../home/user/.bashrc`, absolute paths, or symbolic links
            pointing outside the target folder are written wherever they say. The `data` filter
            (Python 3.12+, backported to security releases of 3.8-3.11) refuses them.

            ## Example
            ```python
            import tarfile

            def unpack(path, target):
                with tarfile.open(path) as archive:
                    archive.extractall(target)
            ```

            Use instead:
            ```python
            import tarfile

            def unpack(path, target):
                with tarfile.open(path) as archive:
                    archive.extractall(target, filter="data")
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
        if (call.Func is not Python.Syntax.Attribute { Attr: "extractall" or "extract", Value: var archive } attribute
            || context.IsTestCode || context.Semantic is not { } model || SecurityFacts.HasDoubleStar(call))
        {
            return;
        }

        var filter = SecurityFacts.Keyword(call, "filter");
        if (filter is not null && !SecurityFacts.IsNone(filter) && SecurityFacts.StringValue(filter) is not "fully_trusted")
        {
            return;
        }

        if (SecurityFacts.CreatedBy(archive, model, s_factories, s_types) is null)
        {
            return;
        }

        context.Report(Info, call.Span, $"tar '{attribute.Attr}' without a safe filter writes members wherever their names point: pass filter=\"data\"");
    }
}
