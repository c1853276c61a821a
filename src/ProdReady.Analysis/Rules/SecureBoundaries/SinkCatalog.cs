using System.Collections.Frozen;
using ProdReady.Python.Syntax;
using ProdReady.Semantics.Model;

namespace ProdReady.Analysis.Rules.SecureBoundaries;

/// <summary>The sinks request input must not reach unvalidated, each resolved through the semantic model.</summary>
internal static class SinkCatalog
{
    private const string SqlAdvice = "pass it as a query parameter";
    private const string ShellAdvice = "pass an argument list without a shell and check the value against an allow-list";
    private const string PathAdvice = "reduce it to a file name (os.path.basename, secure_filename) or check that the resolved path stays under the base folder";
    private const string CodeAdvice = "never run request input as code; parse it with json or ast.literal_eval";
    private const string RedirectAdvice = "redirect only to a named route or a URL whose host is on an allow-list (url_has_allowed_host_and_scheme)";
    private const string FetchAdvice = "check the URL's scheme and host against an allow-list before fetching it";

    /// <summary>Qualified sinks: kind, argument position, argument keyword.</summary>
    private static readonly FrozenDictionary<string, (string Kind, int Position, string? Keyword)> s_functions = new Dictionary<string, (string, int, string?)>
    {
        ["sqlalchemy.text"] = ("SQL", 0, "text"),
        ["sqlalchemy.sql.text"] = ("SQL", 0, "text"),
        ["sqlalchemy.sql.expression.text"] = ("SQL", 0, "text"),
        ["os.system"] = ("a shell command", 0, "command"),
        ["os.popen"] = ("a shell command", 0, "cmd"),
        ["subprocess.getoutput"] = ("a shell command", 0, "cmd"),
        ["subprocess.getstatusoutput"] = ("a shell command", 0, "cmd"),
        ["asyncio.create_subprocess_shell"] = ("a shell command", 0, "cmd"),
        ["asyncio.create_subprocess_exec"] = ("a subprocess", 0, "program"),
        ["os.execv"] = ("a subprocess", 0, "path"),
        ["os.execve"] = ("a subprocess", 0, "path"),
        ["os.execvp"] = ("a subprocess", 0, "file"),
        ["os.execl"] = ("a subprocess", 0, "file"),
        ["os.execlp"] = ("a subprocess", 0, "file"),
        ["os.spawnv"] = ("a subprocess", 1, "path"),
        ["os.spawnl"] = ("a subprocess", 1, "path"),
        ["builtins.open"] = ("a file path", 0, "file"),
        ["io.open"] = ("a file path", 0, "file"),
        ["codecs.open"] = ("a file path", 0, "filename"),
        ["os.open"] = ("a file path", 0, "path"),
        ["os.remove"] = ("a file path", 0, "path"),
        ["os.unlink"] = ("a file path", 0, "path"),
        ["shutil.rmtree"] = ("a file path", 0, "path"),
        ["pathlib.Path"] = ("a file path", 0, null),
        ["pathlib.PurePath"] = ("a file path", 0, null),
        ["pathlib.PosixPath"] = ("a file path", 0, null),
        ["flask.send_file"] = ("a file path", 0, "path_or_file"),
        ["flask.helpers.send_file"] = ("a file path", 0, "path_or_file"),
        ["starlette.responses.FileResponse"] = ("a file path", 0, "path"),
        ["fastapi.responses.FileResponse"] = ("a file path", 0, "path"),
        ["builtins.eval"] = ("code evaluation", 0, null),
        ["builtins.exec"] = ("code evaluation", 0, null),
        ["builtins.compile"] = ("code evaluation", 0, "source"),
        ["flask.redirect"] = ("a redirect target", 0, "location"),
        ["flask.helpers.redirect"] = ("a redirect target", 0, "location"),
        ["werkzeug.utils.redirect"] = ("a redirect target", 0, "location"),
        ["django.shortcuts.redirect"] = ("a redirect target", 0, "to"),
        ["django.http.HttpResponseRedirect"] = ("a redirect target", 0, "redirect_to"),
        ["django.http.HttpResponsePermanentRedirect"] = ("a redirect target", 0, "redirect_to"),
        ["django.http.response.HttpResponseRedirect"] = ("a redirect target", 0, "redirect_to"),
        ["starlette.responses.RedirectResponse"] = ("a redirect target", 0, "url"),
        ["fastapi.responses.RedirectResponse"] = ("a redirect target", 0, "url"),
        ["urllib.request.Request"] = ("a URL fetched by the server", 0, "url"),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenSet<string> s_subprocess = new[]
    {
        "subprocess.run", "subprocess.call", "subprocess.check_call", "subprocess.check_output", "subprocess.Popen",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>A sink call: the argument that must not carry unvalidated input, and how to name and fix it.</summary>
    /// <param name="Argument">The argument.</param>
    /// <param name="Kind">The kind of sink.</param>
    /// <param name="Advice">How to validate.</param>
    /// <param name="Display">The callee as the path shows it.</param>
    public sealed record Sink(ExprNode Argument, string Kind, string Advice, string Display);

    /// <summary>Classifies a call as a sink, or returns <see langword="null"/>.</summary>
    /// <param name="call">The call.</param>
    /// <param name="model">The file's model.</param>
    /// <returns>The sink.</returns>
    public static Sink? Classify(Call call, SemanticModel model)
    {
        if (call.Func is Python.Syntax.Attribute { Attr: "execute" or "executemany" or "executescript" or "raw" } method)
        {
            if (method.Attr == "raw" && !model.ImportsModule("django"))
            {
                return null;
            }

            return SecurityFacts.Argument(call, 0, "sql") is { } query ? new Sink(query, "SQL", SqlAdvice, method.Attr + "()") : null;
        }

        if (call.Func is Python.Syntax.Attribute { Attr: "read_text" or "read_bytes" or "write_text" or "write_bytes" or "unlink", Value: var path } pathMethod)
        {
            // The receiver is the path: only a receiver that carries request input makes this a finding.
            return new Sink(path, "a file path", PathAdvice, "." + pathMethod.Attr + "()");
        }

        if (HttpClients.IsRequest(call, model, out _, out var display))
        {
            var position = display.EndsWith("request", StringComparison.Ordinal) ? 1 : 0;
            return SecurityFacts.Argument(call, position, "url") is { } url ? new Sink(url, "a URL fetched by the server", FetchAdvice, display + "()") : null;
        }

        if (call.Func is not (Name or Python.Syntax.Attribute) || model.QualifiedNameOf(call.Func) is not { } callee)
        {
            return null;
        }

        if (s_subprocess.Contains(callee))
        {
            var command = SecurityFacts.Argument(call, 0, "args");
            var shell = SecurityFacts.Keyword(call, "shell") is { } flag && !SecurityFacts.IsBool(flag, false);
            return command switch
            {
                null => null,
                List or Python.Syntax.Tuple when shell => new Sink(command, "a shell command", ShellAdvice, callee + "()"),
                List { Elts: [var program, ..] } => new Sink(program, "a subprocess", ShellAdvice, callee + "()"),
                Python.Syntax.Tuple { Elts: [var program, ..] } => new Sink(program, "a subprocess", ShellAdvice, callee + "()"),
                List or Python.Syntax.Tuple => null,
                _ => new Sink(command, shell ? "a shell command" : "a subprocess", ShellAdvice, callee + "()"),
            };
        }

        if (callee.StartsWith("pathlib.", StringComparison.Ordinal) && s_functions.ContainsKey(callee))
        {
            return new Sink(call, "a file path", PathAdvice, SecurityFacts.LastPart(callee) + "()");
        }

        if (!s_functions.TryGetValue(callee, out var entry) || SecurityFacts.Argument(call, entry.Position, entry.Keyword) is not { } argument)
        {
            return null;
        }

        var advice = entry.Kind switch
        {
            "SQL" => SqlAdvice,
            "a shell command" or "a subprocess" => ShellAdvice,
            "a file path" => PathAdvice,
            "code evaluation" => CodeAdvice,
            "a redirect target" => RedirectAdvice,
            _ => FetchAdvice,
        };
        return new Sink(argument, entry.Kind, advice, SecurityFacts.LastPart(callee) + "()");
    }
}
