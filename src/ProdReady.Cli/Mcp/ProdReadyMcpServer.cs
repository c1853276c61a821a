using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using ModelContextProtocol;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;
using ProdReady.Analysis;
using ProdReady.Analysis.Engine;
using ProdReady.Changelog;
using ProdReady.Cli.Commands;
using ProdReady.Core.Diagnostics;
using ProdReady.Git;
using ProdReady.Git.Changes;
using ProdReady.Reporting;
using ProdReady.Semantics.TestMapping;

namespace ProdReady.Cli.Mcp;

/// <summary>
/// <c>prodready mcp</c>: the Model Context Protocol server. Each tool call runs the same code as the command that
/// shares its name (the gate, the rule catalogue, the changelog editor) against the served folder. A bad call is a
/// protocol error (invalid params) and the server keeps serving; a call that names a path outside the served folder
/// is refused; the analysed code is never run.
/// </summary>
internal sealed class ProdReadyMcpServer : IDisposable
{
    private readonly ServedRoot _root;
    private readonly Func<string, string?> _environment;
    private readonly IReadOnlyDictionary<string, string?> _gitEnvironment;
    private readonly SemaphoreSlim _changelogEdits = new(1, 1);

    /// <summary>The engine's warm-up, started by the first check and shared by the checks after it; another one replaces a failed one.</summary>
    private Task? _warmUp;

    /// <summary>Initializes a new instance of the <see cref="ProdReadyMcpServer"/> class.</summary>
    /// <param name="root">The served folder.</param>
    /// <param name="environment">Reads an environment variable.</param>
    /// <param name="gitEnvironment">Variables set for every git process.</param>
    public ProdReadyMcpServer(ServedRoot root, Func<string, string?> environment, IReadOnlyDictionary<string, string?> gitEnvironment)
    {
        _root = root;
        _environment = environment;
        _gitEnvironment = gitEnvironment;
    }

    /// <summary>Gets the engine's warm-up the checks share, or <see langword="null"/> before the first check.</summary>
    internal Task? SharedWarmUp => Volatile.Read(ref _warmUp);

    /// <inheritdoc />
    public void Dispose() => _changelogEdits.Dispose();

    /// <summary>
    /// Returns the warm-up for a check: what it warms (the parser, the model and every rule over a sample module) stays
    /// warm for the life of the server, so only the first check starts one; a failed or cancelled one is started again,
    /// so that its failure surfaces in one check and not in every check after it.
    /// </summary>
    private Task WarmUp()
    {
        var current = Volatile.Read(ref _warmUp);
        if (current is { IsFaulted: false, IsCanceled: false })
        {
            return current;
        }

        var started = GateRunner.StartWarmUp();
        return Interlocked.CompareExchange(ref _warmUp, started, current) == current ? started : Volatile.Read(ref _warmUp)!;
    }

    /// <summary>Builds the server options: identity, capabilities and the request handlers.</summary>
    /// <returns>The options.</returns>
    public McpServerOptions CreateOptions() => new()
    {
        ServerInfo = new Implementation { Name = ToolIdentity.Current.Name, Version = ToolIdentity.Current.Version, Title = "ProdReady" },
        ServerInstructions = "ProdReady is a production-readiness gate for Python changes. Call `check` to get the validation "
            + "checklist of the change in the served folder; follow the `production-workflow` prompt.",
        Capabilities = new ServerCapabilities { Tools = new ToolsCapability(), Prompts = new PromptsCapability() },
        Handlers = new McpServerHandlers
        {
            ListToolsHandler = (_, _) => ValueTask.FromResult(new ListToolsResult { Tools = [.. McpToolCatalog.Tools] }),
            CallToolHandler = (request, cancellationToken) => CallToolAsync(request.Params, cancellationToken),
            ListPromptsHandler = (_, _) => ValueTask.FromResult(new ListPromptsResult { Prompts = [.. McpToolCatalog.Prompts] }),
            GetPromptHandler = (request, _) => ValueTask.FromResult(GetPrompt(request.Params)),
        },
    };

    /// <summary>Serves the protocol over standard input and output until the client closes the stream.</summary>
    /// <param name="cancellationToken">Stops the server.</param>
    /// <returns>A task that completes when the session ends.</returns>
    public async Task RunStdioAsync(CancellationToken cancellationToken)
    {
        var options = CreateOptions();
        var transport = new StdioServerTransport(options);
        await using (transport.ConfigureAwait(false))
        {
            var server = McpServer.Create(transport, options);
            await using (server.ConfigureAwait(false))
            {
                await server.RunAsync(cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>Dispatches one tool call.</summary>
    /// <param name="request">The call.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The tool's result.</returns>
    /// <exception cref="McpProtocolException">The tool is unknown or its arguments are bad.</exception>
    internal async ValueTask<CallToolResult> CallToolAsync(CallToolRequestParams? request, CancellationToken cancellationToken)
    {
        var name = request?.Name ?? throw new McpProtocolException("tools/call: the tool's name is missing", McpErrorCode.InvalidParams);
        try
        {
            return name switch
            {
                McpToolCatalog.Check => await CheckAsync(new McpArguments(name, request.Arguments, "scope", "base", "paths", "plan", "fail_on"), cancellationToken).ConfigureAwait(false),
                McpToolCatalog.ListRules => ListRules(new McpArguments(name, request.Arguments)),
                McpToolCatalog.ExplainRule => ExplainRule(new McpArguments(name, request.Arguments, "code")),
                McpToolCatalog.TestsFor => TestsFor(new McpArguments(name, request.Arguments, "unit", "path"), cancellationToken),
                McpToolCatalog.ChangelogAdd => await ChangelogAddAsync(new McpArguments(name, request.Arguments, "type", "text", "file"), cancellationToken).ConfigureAwait(false),
                _ => throw new McpProtocolException(
                    $"unknown tool '{name}'; the tools are: {string.Join(", ", McpToolCatalog.Tools.Select(t => t.Name))}",
                    McpErrorCode.InvalidParams),
            };
        }
        catch (UsageException e)
        {
            // The call was well formed but cannot be carried out (an unknown base, a broken configuration, a changelog
            // without [Unreleased]): a tool error the client can read and act on, not a protocol error.
            return new CallToolResult { IsError = true, Content = [new TextContentBlock { Text = e.Message }] };
        }
    }

    private async Task<CallToolResult> CheckAsync(McpArguments arguments, CancellationToken cancellationToken)
    {
        var scope = arguments.OptionalChoice("scope", McpToolCatalog.Scopes) ?? "default";
        var baseRef = arguments.OptionalString("base");
        if (scope == "base" && string.IsNullOrWhiteSpace(baseRef))
        {
            throw McpArguments.Invalid(McpToolCatalog.Check, "scope 'base' needs the argument 'base' (a branch, tag or commit)");
        }

        if (scope != "base" && baseRef is not null)
        {
            throw McpArguments.Invalid(McpToolCatalog.Check, $"the argument 'base' only goes with scope 'base', not '{scope}'");
        }

        // Without paths the check is narrowed to the served folder, which may be a part of a larger repository.
        var paths = arguments.OptionalStrings("paths");
        var resolved = new List<string>(Math.Max(paths.Count, 1));
        foreach (var path in paths.Count == 0 ? ["."] : paths)
        {
            resolved.Add(ResolveInside(McpToolCatalog.Check, path));
        }

        var plan = arguments.OptionalString("plan");
        var failOn = arguments.OptionalChoice("fail_on", McpToolCatalog.Severities) switch
        {
            "error" => Severity.Error,
            "warning" => Severity.Warning,
            "info" => Severity.Info,
            _ => (Severity?)null,
        };
        var (mode, effectiveBase) = scope switch
        {
            "all" => (ChangeScopeMode.All, null),
            "base" => (ChangeScopeMode.Base, baseRef),
            "staged" => (ChangeScopeMode.Staged, null),
            "uncommitted" => (ChangeScopeMode.Base, "HEAD"),
            _ => (ChangeScopeMode.Default, (string?)null),
        };

        var options = new CheckOptions(mode, effectiveBase, resolved, ReportFormat.Json, null, failOn, false, plan is null ? null : "-", null);
        using var output = new StringWriter(CultureInfo.InvariantCulture);
        using var error = new StringWriter(CultureInfo.InvariantCulture);
        using var input = new StringReader(plan ?? string.Empty);
        var context = new CliContext(output, error, input, _root.FullPath, _environment) { GitEnvironment = _gitEnvironment, EngineWarmUp = WarmUp() };
        var report = await new GateRunner(context, new GitCommandLineClient(environment: _gitEnvironment)).RunAsync(options, cancellationToken).ConfigureAwait(false);

        var json = ReportWriters.Create(ReportFormat.Json).Render(report);
        using var document = JsonDocument.Parse(json);
        return new CallToolResult
        {
            Content = [new TextContentBlock { Text = Summarize(report) }],
            StructuredContent = document.RootElement.Clone(),
            IsError = false,
        };
    }

    private static CallToolResult ListRules(McpArguments arguments)
    {
        _ = arguments;
        var structured = WriteJson(json =>
        {
            json.WriteStartObject();
            json.WriteStartArray("rules");
            foreach (var rule in RuleCatalog.All)
            {
                WriteRule(json, rule.Info, docs: false);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        });
        return new CallToolResult
        {
            Content = [new TextContentBlock { Text = RuleDocumentation.RenderList(RuleCatalog.All) }],
            StructuredContent = structured,
        };
    }

    private static CallToolResult ExplainRule(McpArguments arguments)
    {
        var code = arguments.RequiredString("code");
        var rule = RuleCatalog.Find(code.Trim())
            ?? throw McpArguments.Invalid(McpToolCatalog.ExplainRule, $"unknown rule code '{code}'; call list_rules for the codes");
        return new CallToolResult
        {
            Content = [new TextContentBlock { Text = RuleDocumentation.RenderRule(rule.Info) }],
            StructuredContent = WriteJson(json => WriteRule(json, rule.Info, docs: true)),
        };
    }

    private async Task<CallToolResult> ChangelogAddAsync(McpArguments arguments, CancellationToken cancellationToken)
    {
        var typeName = arguments.OptionalChoice("type", McpToolCatalog.ChangeTypeNames)
            ?? throw McpArguments.Invalid(McpToolCatalog.ChangelogAdd, "argument 'type' is required");
        var text = arguments.RequiredString("text");
        var display = ChangelogCommand.DisplayPath(arguments.OptionalString("file") ?? ChangelogCommand.DefaultFile);
        var path = ResolveInside(McpToolCatalog.ChangelogAdd, display);
        if (!ChangeTypes.TryParse(typeName, out var changeType))
        {
            throw McpArguments.Invalid(McpToolCatalog.ChangelogAdd, $"unknown change type '{typeName}'");
        }

        string line;
        await _changelogEdits.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            line = await ChangelogAddCommand.AddAsync(path, display, changeType, text, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _changelogEdits.Release();
        }

        var section = ChangeTypes.HeadingName(changeType);
        return new CallToolResult
        {
            Content = [new TextContentBlock { Text = $"{display}:{line}: added to [Unreleased] > {section}" }],
            StructuredContent = WriteJson(json =>
            {
                json.WriteStartObject();
                json.WriteString("file", display);
                if (int.TryParse(line, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
                {
                    json.WriteNumber("line", number);
                }
                else
                {
                    json.WriteNull("line");
                }

                json.WriteString("section", section);
                json.WriteEndObject();
            }),
        };
    }

    private CallToolResult TestsFor(McpArguments arguments, CancellationToken cancellationToken)
    {
        var name = arguments.RequiredString("unit").Trim();
        var path = arguments.OptionalString("path");
        var fullPath = path is null ? null : ResolveInside(McpToolCatalog.TestsFor, path);
        if (name.Length == 0 || name.Split('.').Any(part => part.Length == 0))
        {
            throw McpArguments.Invalid(McpToolCatalog.TestsFor, $"'{name}' is not a dotted name such as package.module.Class.method");
        }

        var (root, files, project) = TestsCommand.LoadProject(_root.FullPath, null, _environment("VIRTUAL_ENV"));
        cancellationToken.ThrowIfCancellationRequested();
        string? relative = null;
        if (fullPath is not null)
        {
            relative = Path.GetRelativePath(root, fullPath).Replace('\\', '/');
            if (!files.Contains(relative, StringComparer.Ordinal))
            {
                return ToolError($"{path} is not a Python file of the project rooted at {root}");
            }
        }

        // The map follows only what can lead to the unit's file: the file given, else the module the name starts with.
        var focus = relative ?? ModuleFileOf(project, name);
        var map = (focus is null ? project.TestMap : project.BuildTestMap([focus])) ?? throw new UsageException("the project has no module index to map tests with");
        var unit = relative is not null
            ? map.UnitsOf(relative).FirstOrDefault(u => u.QualifiedName == name || u.Facts.Name == name)
            : map.Resolve(name);
        if (unit is not null && focus is not null && unit.Path != focus)
        {
            // A re-export (`pkg.Cart` for `pkg.cart.Cart`): map again, focused on the file that defines it.
            map = project.BuildTestMap([unit.Path])!;
        }

        if (unit is null || unit.Facts.Kind is not ("function" or "method" or "class"))
        {
            return ToolError($"no function, method or class `{name}` was found in the project{(path is null ? string.Empty : " file " + path)}; give its qualified name (package.module.Class.method)");
        }

        var links = map.TestsOf(unit.QualifiedName);
        var text = new StringBuilder();
        if (links.Count == 0)
        {
            text.Append(CultureInfo.InvariantCulture, $"No test is known to reach `{unit.QualifiedName}` ({unit.Path}:{unit.Facts.Line}).");
            var dynamic = map.DynamicTestsReaching(unit.Module);
            if (dynamic > 0)
            {
                text.Append(CultureInfo.InvariantCulture, $" {dynamic} test{(dynamic == 1 ? "" : "s")} reaching `{unit.Module}` also call through names the map cannot follow (getattr, dynamic imports), so one of them may reach it unseen.");
            }
        }
        else
        {
            text.Append(CultureInfo.InvariantCulture, $"`{unit.QualifiedName}` ({unit.Path}:{unit.Facts.Line}) is reached by {links.Count} test{(links.Count == 1 ? "" : "s")}:\n");
            foreach (var link in links)
            {
                text.Append(CultureInfo.InvariantCulture, $"- {link.Test.Id}: {link.WayName} ({link.Way})\n");
            }
        }

        return new CallToolResult
        {
            Content = [new TextContentBlock { Text = text.ToString().TrimEnd('\n') }],
            StructuredContent = WriteJson(json => TestsCommand.WriteUnit(json, map, unit)),
        };
    }

    /// <summary>The file of the longest leading part of a dotted name that is a module of the project, or <see langword="null"/>.</summary>
    private static string? ModuleFileOf(ProjectContext project, string name)
    {
        var parts = name.Split('.');
        for (var length = parts.Length; length >= 1; length--)
        {
            if (project.Layout?.Resolve(string.Join('.', parts, 0, length))?.Path is { } path)
            {
                return path;
            }
        }

        return null;
    }

    private static CallToolResult ToolError(string message) => new() { IsError = true, Content = [new TextContentBlock { Text = message }] };

    private static GetPromptResult GetPrompt(GetPromptRequestParams? request)
    {
        if (request?.Name != McpToolCatalog.WorkflowPrompt)
        {
            throw new McpProtocolException($"unknown prompt '{request?.Name}'; the prompt is {McpToolCatalog.WorkflowPrompt}", McpErrorCode.InvalidParams);
        }

        string? task = null;
        if (request.Arguments is { } values)
        {
            foreach (var (name, value) in values)
            {
                task = name == "task" && value.ValueKind == JsonValueKind.String
                    ? value.GetString()
                    : throw new McpProtocolException($"{McpToolCatalog.WorkflowPrompt}: the only argument is 'task', a string", McpErrorCode.InvalidParams);
            }
        }

        return new GetPromptResult
        {
            Description = McpToolCatalog.Prompts[0].Description,
            Messages = [new PromptMessage { Role = Role.User, Content = new TextContentBlock { Text = McpToolCatalog.WorkflowText(task) } }],
        };
    }

    private string ResolveInside(string tool, string path) =>
        _root.TryResolve(path, out var full)
            ? full
            : throw McpArguments.Invalid(tool, $"the path '{path}' is outside the served folder {_root.FullPath}");

    private static string Summarize(GateReport report)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"The gate {(report.Passed ? "passes" : "fails")} ({report.Scope}): ");
        text.Append(CultureInfo.InvariantCulture, $"{report.Diagnostics.Count} finding{(report.Diagnostics.Count == 1 ? "" : "s")}, {report.FailingFindings} failing, ");
        text.Append(CultureInfo.InvariantCulture, $"{report.FilesChecked} file{(report.FilesChecked == 1 ? "" : "s")} checked.\n");
        foreach (var entry in report.Checklist)
        {
            var mark = entry.Status switch
            {
                ChecklistStatus.Passed => "✔",
                ChecklistStatus.Failed => "✘",
                _ => "–",
            };
            var count = entry.Findings > 0 ? $" ({entry.Findings})" : "";
            text.Append(CultureInfo.InvariantCulture, $"{mark} {entry.Title}{count}\n");
        }

        return text.ToString();
    }

    private static void WriteRule(Utf8JsonWriter json, RuleInfo info, bool docs)
    {
        json.WriteStartObject();
        json.WriteString("code", info.Code);
        json.WriteString("name", info.Name);
        json.WriteString("item", ChecklistItems.Title(info.Category));
        json.WriteString("severity", info.DefaultSeverity.ToString().ToLowerInvariant());
        json.WriteString("since", info.Since);
        json.WriteString("status", info.Status.ToString().ToLowerInvariant());
        json.WriteString("fix", info.Fix.ToString().ToLowerInvariant());
        if (docs)
        {
            json.WriteString("docs", info.Docs);
        }

        json.WriteEndObject();
    }

    private static JsonElement WriteJson(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer))
        {
            write(json);
        }

        using var document = JsonDocument.Parse(buffer.WrittenMemory);
        return document.RootElement.Clone();
    }
}
