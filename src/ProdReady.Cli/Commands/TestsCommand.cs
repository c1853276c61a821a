using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using ProdReady.Analysis;
using ProdReady.Analysis.Configuration;
using ProdReady.Analysis.Discovery;
using ProdReady.Analysis.Engine;
using ProdReady.Analysis.Project;
using ProdReady.Semantics.TestMapping;

namespace ProdReady.Cli.Commands;

/// <summary>
/// <c>prodready tests map [PATHS]</c>: prints each unit of the project's code with the tests that exercise it and
/// which way (directly, through a fixture or helper, or through another unit), as text or JSON.
/// </summary>
internal static class TestsCommand
{
    /// <summary>The version of the JSON document <c>tests map --format json</c> prints.</summary>
    internal const int JsonVersion = 1;

    /// <summary>Creates the <c>tests</c> command and its <c>map</c> subcommand.</summary>
    /// <param name="context">Streams, working directory and environment.</param>
    /// <returns>The command.</returns>
    public static Command Create(CliContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var paths = new Argument<string[]>("paths") { Description = "Files or folders whose units to list (default: every file that is not test code).", Arity = ArgumentArity.ZeroOrMore };
        var format = new Option<string>("--format") { Description = "Output format: text or json.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var config = new Option<string?>("--config") { Description = "Use this configuration file instead of searching for prodready.toml or pyproject.toml.", HelpName = "FILE" };
        var map = new Command("map", "Print each unit with the tests that exercise it.") { paths, format, config };
        map.SetAction((parse, cancellationToken) => RunAsync(context, parse.GetValue(paths) ?? [], parse.GetValue(format) == "json", parse.GetValue(config), cancellationToken));
        return new Command("tests", "Map the project's tests to the code they exercise.") { map };
    }

    private static async Task<int> RunAsync(CliContext context, string[] paths, bool json, string? configPath, CancellationToken cancellationToken)
    {
        var (root, files, project) = LoadProject(context.WorkingDirectory, configPath is null ? null : context.ResolvePath(configPath), context.Environment("VIRTUAL_ENV"));
        var selected = Select(context, root, paths, files, project);
        cancellationToken.ThrowIfCancellationRequested();

        // Named files: the map follows only what can lead to them (the same links as the whole map, sooner).
        var testMap = (paths.Length == 0 ? project.TestMap : project.BuildTestMap(selected))
            ?? throw new UsageException("the project has no module index to map tests with");
        var units = selected.SelectMany(testMap.UnitsOf).Where(u => u.IsPublicName || u.Facts.Kind == "class").ToList();
        var text = json ? RenderJson(testMap, units) : RenderText(testMap, units);
        await context.Output.WriteAsync(text.AsMemory(), cancellationToken).ConfigureAwait(false);
        return ExitCodes.Success;
    }

    /// <summary>Reads the configuration of a folder and discovers its files, without mapping the tests yet.</summary>
    /// <param name="workingDirectory">Where to look for the configuration.</param>
    /// <param name="configPath">An explicit configuration file, or <see langword="null"/> to search.</param>
    /// <param name="virtualEnvironment">The active virtual environment (for the declared dependencies), or <see langword="null"/>.</param>
    /// <returns>The project root, its files and the project context.</returns>
    /// <exception cref="UsageException">The configuration is broken.</exception>
    internal static (string Root, List<string> Files, ProjectContext Project) LoadProject(string workingDirectory, string? configPath, string? virtualEnvironment)
    {
        ProdReadyConfiguration configuration;
        try
        {
            var known = new KnownRuleCodes(RuleCatalog.Active.Select(r => r.Info.Code));
            configuration = ConfigurationLoader.Load(workingDirectory, configPath, known.IsKnownSelector);
        }
        catch (ConfigurationException e)
        {
            throw new UsageException(e.Message, e);
        }

        var root = configuration.Directory;
        var files = SourceDiscovery.LayoutPaths(SourceDiscovery.Discover(root, configuration)).ToList();
        var project = ProjectContextFactory.Create(root, configuration, files, virtualEnvironment);
        return (root, files, project);
    }

    private static List<string> Select(CliContext context, string root, string[] paths, List<string> files, ProjectContext project)
    {
        var code = files.Where(f => f.EndsWith(".py", StringComparison.Ordinal) && !project.Tests.IsTestCode(f)).ToList();
        if (paths.Length == 0)
        {
            return code;
        }

        var selected = new List<string>();
        foreach (var path in paths)
        {
            var full = context.ResolvePath(path);
            if (!File.Exists(full) && !Directory.Exists(full))
            {
                throw new UsageException($"no such file or folder: {path}");
            }

            var relative = Path.GetRelativePath(root, full).Replace('\\', '/');
            relative = relative == "." ? string.Empty : relative;
            selected.AddRange(code.Where(f => relative.Length == 0 || f == relative || f.StartsWith(relative + "/", StringComparison.Ordinal)));
        }

        return [.. selected.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
    }

    /// <summary>Renders the map as text: each file, each unit with its tests and the way each reaches it.</summary>
    /// <param name="map">The test map.</param>
    /// <param name="units">The units to list.</param>
    /// <returns>The text.</returns>
    internal static string RenderText(TestMap map, IReadOnlyList<MappedUnit> units)
    {
        var builder = new StringBuilder();
        string? file = null;
        var reached = 0;
        foreach (var unit in units)
        {
            if (unit.Path != file)
            {
                file = unit.Path;
                builder.Append(file).Append('\n');
            }

            var links = map.TestsOf(unit.QualifiedName);
            reached += links.Count > 0 ? 1 : 0;
            builder.Append(CultureInfo.InvariantCulture, $"  {unit.QualifiedName} ({unit.Facts.Kind}, line {unit.Facts.Line}): ");
            if (links.Count == 0)
            {
                builder.Append(CultureInfo.InvariantCulture, $"no test is known to reach `{unit.QualifiedName}`");
                var dynamic = map.DynamicTestsReaching(unit.Module);
                if (dynamic > 0)
                {
                    builder.Append(CultureInfo.InvariantCulture, $" ({dynamic} test{(dynamic == 1 ? "" : "s")} reaching `{unit.Module}` also call through names the map cannot follow)");
                }

                builder.Append('\n');
                continue;
            }

            builder.Append(CultureInfo.InvariantCulture, $"{links.Count} test{(links.Count == 1 ? "" : "s")}\n");
            foreach (var link in links)
            {
                builder.Append("    ").Append(link.Test.Id).Append("  ").Append(link.Way).Append('\n');
            }
        }

        builder.Append(CultureInfo.InvariantCulture, $"{units.Count} unit{(units.Count == 1 ? "" : "s")}, {reached} reached by tests, {map.TestCount} test{(map.TestCount == 1 ? "" : "s")} collected\n");
        return builder.ToString();
    }

    /// <summary>Renders the map as a versioned JSON document.</summary>
    /// <param name="map">The test map.</param>
    /// <param name="units">The units to list.</param>
    /// <returns>The JSON text, with a final line break.</returns>
    internal static string RenderJson(TestMap map, IReadOnlyList<MappedUnit> units)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            writer.WriteStartObject();
            writer.WriteNumber("version", JsonVersion);
            writer.WriteNumber("tests", map.TestCount);
            writer.WriteStartArray("units");
            foreach (var unit in units)
            {
                WriteUnit(writer, map, unit);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    /// <summary>Writes one unit and its tests as a JSON object.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="map">The test map.</param>
    /// <param name="unit">The unit.</param>
    internal static void WriteUnit(Utf8JsonWriter writer, TestMap map, MappedUnit unit)
    {
        writer.WriteStartObject();
        writer.WriteString("unit", unit.QualifiedName);
        writer.WriteString("kind", unit.Facts.Kind);
        writer.WriteString("path", unit.Path);
        writer.WriteNumber("line", unit.Facts.Line);
        writer.WriteStartArray("tests");
        foreach (var link in map.TestsOf(unit.QualifiedName))
        {
            writer.WriteStartObject();
            writer.WriteString("test", link.Test.Id);
            writer.WriteString("way", link.WayName);
            if (link.Through is not null)
            {
                writer.WriteString("through", link.Through);
            }

            if (link.Helper is not null)
            {
                writer.WriteString("helper", link.Helper);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }
}
