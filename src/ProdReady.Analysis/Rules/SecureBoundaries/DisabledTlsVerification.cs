using ProdReady.Analysis.Engine;
using ProdReady.Core.Diagnostics;
using ProdReady.Python.Syntax;

namespace ProdReady.Analysis.Rules.SecureBoundaries;

/// <summary><c>SEC006 disabled-tls-verification</c>: certificate or host-name verification turned off.</summary>
public sealed class DisabledTlsVerification : Rule
{
    /// <inheritdoc />
    public override RuleInfo Info { get; } = new(
        Code: "SEC006",
        Name: "disabled-tls-verification",
        Category: ChecklistItem.SecureBoundaries,
        DefaultSeverity: Severity.Error,
        Since: "0.3.0",
        Fix: FixAvailability.None,
        Docs: """
            ## What it does
            Flags TLS verification turned off: `verify=False` passed to a `requests` or `httpx` function, client
            or session method (`requests.get(url, verify=False)`, `httpx.Client(verify=False)`,
            `session.get(url, verify=False)`), `session.verify = False` on a `requests` session,
            `ssl._create_unverified_context` used anywhere, `check_hostname = False` assigned to any object,
            and `ssl.CERT_NONE` used other than in a comparison (outside the `ssl` module itself). Every name
            is resolved through imports and aliases.

            Test code is not checked: tests talk to local servers with self-signed certificates.

            ## Why is this bad?
            Without verification, anyone on the network path can present their own certificate and read or
            change the traffic, credentials included. A self-signed or private CA is trusted by passing its
            bundle (`verify="/path/ca.pem"`, `cafile=`), not by trusting everyone.

            ## Example
            ```python
            import requests

            def fetch(url):
                return requests.get(url, verify=False, timeout=10)
            ```

            Use instead:
            ```python
            import requests

            def fetch(url):
                return requests.get(url, verify="/etc/ssl/certs/internal-ca.pem", timeout=10)
            ```
            """);

    /// <inheritdoc />
    public override void Register(RuleRegistration registry)
    {
        ArgumentNullException.ThrowIfNull(registry);
        registry.OnNode<Call>(CheckCall);
        registry.OnNode<Assign>(CheckAssign);
        registry.OnNode<Python.Syntax.Attribute>(CheckAttribute);
        registry.OnNode<Name>(CheckName);
    }

    private void CheckCall(Call call, RuleContext context)
    {
        if (call.Keywords.Length == 0 || !SecurityFacts.IsBool(SecurityFacts.Keyword(call, "verify"), false) || context.IsTestCode || context.Semantic is not { } model)
        {
            return;
        }

        string? target = null;
        if (HttpClients.IsRequest(call, model, out var library, out var display) && library is "requests" or "httpx")
        {
            target = display;
        }
        else if (model.QualifiedNameOf(call.Func) is { } callee && (HttpClients.AllClients.Contains(callee) || callee.StartsWith("requests.", StringComparison.Ordinal) || callee.StartsWith("httpx.", StringComparison.Ordinal)))
        {
            target = callee;
        }

        if (target is not null)
        {
            var verify = call.Keywords.First(k => k.Arg == "verify");
            context.Report(Info, verify.Span, $"'{target}' with verify=False accepts any certificate: pass the CA bundle to trust instead");
        }
    }

    private void CheckAssign(Assign assign, RuleContext context)
    {
        if (!SecurityFacts.IsBool(assign.Value, false) || context.IsTestCode || context.Semantic is not { } model)
        {
            return;
        }

        foreach (var target in assign.Targets)
        {
            if (target is Python.Syntax.Attribute { Attr: "check_hostname" })
            {
                context.Report(Info, assign.Span, "check_hostname = False accepts a certificate issued for any host: keep host-name checking on");
            }
            else if (target is Python.Syntax.Attribute { Attr: "verify", Value: var session } && SecurityFacts.CreatedBy(session, model, HttpClients.RequestsSessions, HttpClients.RequestsSessions) is not null)
            {
                context.Report(Info, assign.Span, "session.verify = False accepts any certificate: set it to the CA bundle to trust instead");
            }
        }
    }

    private void CheckAttribute(Python.Syntax.Attribute attribute, RuleContext context)
    {
        if (attribute.Attr is not ("CERT_NONE" or "_create_unverified_context") || context.IsTestCode || context.Semantic is not { } model)
        {
            return;
        }

        Check(attribute, model.QualifiedNameOf(attribute), context);
    }

    private void CheckName(Name name, RuleContext context)
    {
        if (name.Id is not ("CERT_NONE" or "_create_unverified_context") || context.IsTestCode || context.Semantic is not { } model)
        {
            return;
        }

        Check(name, model.QualifiedNameOf(name), context);
    }

    private void Check(ExprNode node, string? qualified, RuleContext context)
    {
        if (context.Semantic?.ModuleName is "ssl")
        {
            return;
        }

        if (qualified is "ssl._create_unverified_context")
        {
            context.Report(Info, node.Span, "ssl._create_unverified_context() accepts any certificate: use ssl.create_default_context()");
        }
        else if (qualified is "ssl.CERT_NONE" or "ssl.VerifyMode.CERT_NONE" && context.Parent is not Compare && !IsMatchPattern(context))
        {
            context.Report(Info, node.Span, "ssl.CERT_NONE turns certificate verification off: use ssl.CERT_REQUIRED");
        }
    }

    private static bool IsMatchPattern(RuleContext context) => context.Ancestors.Any(a => a is MatchCase or PatternNode);
}
