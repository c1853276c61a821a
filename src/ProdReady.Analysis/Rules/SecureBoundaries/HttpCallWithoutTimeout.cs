using ProdReady.Analysis.Engine;
using ProdReady.Core.Diagnostics;
using ProdReady.Python.Syntax;

namespace ProdReady.Analysis.Rules.SecureBoundaries;

/// <summary><c>SEC007 http-call-without-timeout</c>: an HTTP request that can wait forever.</summary>
public sealed class HttpCallWithoutTimeout : Rule
{
    /// <inheritdoc />
    public override RuleInfo Info { get; } = new(
        Code: "SEC007",
        Name: "http-call-without-timeout",
        Category: ChecklistItem.SecureBoundaries,
        DefaultSeverity: Severity.Error,
        Since: "0.3.0",
        Fix: FixAvailability.None,
        Docs: """
            ## What it does
            Flags an HTTP request that can wait forever because it has no timeout.

            What counts:

            * a `requests` function (`requests.get`, `post`, ..., `request`) or a method of a `requests.Session`
              without `timeout=`, or with `timeout=None`: requests never times out by default;
            * `urllib.request.urlopen` without a timeout (its third positional argument or `timeout=`), or with
              `timeout=None`: it waits as long as the socket default, which is forever unless the program set one;
            * an `httpx` function (`httpx.get`, ..., `stream`), `httpx.Client`/`AsyncClient` or a client's request
              method with `timeout=None`. httpx applies a five-second timeout when none is given, so only turning
              it off is reported.

            Calls are resolved through imports and aliases; a session or client is recognised when it was
            created in the same function (`s = requests.Session()`, `with httpx.Client() as c`) or the parameter
            is annotated with its class. A call passing `**kwargs` may carry a timeout and is not reported.
            Test code is not checked.

            ## Why is this bad?
            A dependency that accepts the connection and never answers holds the calling thread or worker
            forever; under load every worker ends up waiting and the service stops answering too.

            ## Example
            ```python
            import requests

            def fetch_rates(url):
                return requests.get(url).json()
            ```

            Use instead:
            ```python
            import requests

            def fetch_rates(url):
                return requests.get(url, timeout=10).json()
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
        if (context.IsTestCode || context.Semantic is not { } model)
        {
            return;
        }

        if (!HttpClients.IsRequest(call, model, out var library, out var display))
        {
            if (SecurityFacts.Callee(call, model, HttpClients.HttpxClientNames) is { } factory && HttpClients.HttpxClients.Contains(factory)
                && SecurityFacts.IsNone(SecurityFacts.Keyword(call, "timeout")))
            {
                context.Report(Info, call.Span, $"'{factory}' with timeout=None lets every request wait forever: give it a timeout");
            }

            return;
        }

        var timeout = library == "urllib" ? SecurityFacts.Argument(call, 2, "timeout") : SecurityFacts.Keyword(call, "timeout");
        if (timeout is null)
        {
            if (library == "httpx" || SecurityFacts.HasDoubleStar(call) || (library == "urllib" && SecurityFacts.HasStarred(call)))
            {
                return;
            }

            context.Report(Info, call.Span, $"'{display}' has no timeout and waits forever on a server that does not answer: pass timeout=");
        }
        else if (SecurityFacts.IsNone(timeout))
        {
            context.Report(Info, call.Span, $"'{display}' with timeout=None waits forever on a server that does not answer: pass a number of seconds");
        }
    }
}
