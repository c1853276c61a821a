using System.Collections.Frozen;
using ProdReady.Python.Syntax;
using ProdReady.Semantics.Model;

namespace ProdReady.Analysis.Rules.SecureBoundaries;

/// <summary>What the secure-boundary rules know of HTTP clients: the module functions and the session objects of <c>requests</c>, <c>httpx</c> and <c>urllib</c>.</summary>
internal static class HttpClients
{
    /// <summary>The request methods of a session or client object, and of the client modules.</summary>
    public static readonly FrozenSet<string> Methods = new[]
    {
        "get", "post", "put", "patch", "delete", "head", "options", "request", "stream", "send", "urlopen",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The calls that create a <c>requests</c> session.</summary>
    public static readonly FrozenSet<string> RequestsSessions = new[]
    {
        "requests.Session", "requests.session", "requests.sessions.Session",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The calls that create an <c>httpx</c> client.</summary>
    public static readonly FrozenSet<string> HttpxClients = new[]
    {
        "httpx.Client", "httpx.AsyncClient",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The last parts of the <c>httpx</c> client classes, the guard before resolving a call.</summary>
    public static readonly FrozenSet<string> HttpxClientNames = new[] { "Client", "AsyncClient" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Every session or client factory.</summary>
    public static readonly FrozenSet<string> AllClients = RequestsSessions.Concat(HttpxClients).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Module-level request functions that fetch a URL given as their first argument (or <c>url=</c>).</summary>
    public static readonly FrozenSet<string> ModuleFunctions = new[]
    {
        "requests.get", "requests.post", "requests.put", "requests.patch", "requests.delete", "requests.head", "requests.options", "requests.request",
        "requests.api.get", "requests.api.post", "requests.api.put", "requests.api.patch", "requests.api.delete", "requests.api.head",
        "requests.api.options", "requests.api.request",
        "httpx.get", "httpx.post", "httpx.put", "httpx.patch", "httpx.delete", "httpx.head", "httpx.options", "httpx.request", "httpx.stream",
        "urllib.request.urlopen",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// Classifies a call as an HTTP request: <c>requests.get(...)</c>, <c>httpx.post(...)</c>, <c>urlopen(...)</c>, or a request
    /// method of an object created by <c>requests.Session()</c>, <c>httpx.Client()</c> or <c>httpx.AsyncClient()</c>.
    /// </summary>
    /// <param name="call">The call.</param>
    /// <param name="model">The file's model.</param>
    /// <param name="library">The client library: <c>requests</c>, <c>httpx</c> or <c>urllib</c>.</param>
    /// <param name="display">The callee as the message shows it.</param>
    /// <returns><see langword="true"/> for an HTTP request.</returns>
    public static bool IsRequest(Call call, SemanticModel model, out string library, out string display)
    {
        library = string.Empty;
        display = string.Empty;
        if (SecurityFacts.Callee(call, model, Methods) is { } callee && ModuleFunctions.Contains(callee))
        {
            library = callee.Split('.')[0];
            display = callee;
            return true;
        }

        if (call.Func is Python.Syntax.Attribute { Attr: var method, Value: var receiver } && Methods.Contains(method) && method is not "urlopen"
            && SecurityFacts.CreatedBy(receiver, model, AllClients, AllClients) is { } factory)
        {
            library = factory.Split('.')[0];
            display = SecurityFacts.LastPart(factory) + "()." + method;
            return true;
        }

        return false;
    }
}
