using System.CommandLine;
using ProdReady.Analysis;
using ProdReady.Analysis.Configuration;
using ProdReady.Analysis.Discovery;
using ProdReady.Analysis.Project;
using ProdReady.Python;
using ProdReady.Python.Text;
using ProdReady.Semantics.Model;

namespace ProdReady.Cli.Commands;

/// <summary>
/// <c>prodready debug semantic FILE</c>: prints what the semantic model sees in a Python file: its scopes and
/// bindings, what every name read resolves to, its imports and <c>__all__</c>. The project around the file (its
/// configuration, layout and target version) is read as <c>check</c> reads it.
/// </summary>
internal static class DebugSemanticCommand
{
    /// <summary>Creates the command.</summary>
    /// <param name="context">Streams, working directory and environment.</param>
    /// <returns>The command.</returns>
    public static Command Create(CliContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var path = new Argument<string>("FILE") { Description = "The Python file to model." };
        var command = new Command("semantic", "Print the scopes, bindings and resolved names of a Python file.")
        {
            path,
        };
        command.SetAction((parse, cancellationToken) => RunAsync(context, parse.GetValue(path)!, cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(CliContext context, string path, CancellationToken cancellationToken)
    {
        var fullPath = context.ResolvePath(path);
        byte[] bytes;
        try
        {
            bytes = await File.ReadAllBytesAsync(fullPath, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"cannot read '{path}': {e.Message}", e);
        }

        var directory = Path.GetDirectoryName(fullPath) ?? context.WorkingDirectory;
        ProdReadyConfiguration configuration;
        try
        {
            var known = new KnownRuleCodes(RuleCatalog.Active.Select(r => r.Info.Code));
            configuration = ConfigurationLoader.Load(directory, null, known.IsKnownSelector);
        }
        catch (ConfigurationException e)
        {
            throw new UsageException(e.Message, e);
        }

        var root = configuration.Directory;
        var relative = Path.GetRelativePath(root, fullPath).Replace('\\', '/');
        var files = SourceDiscovery.Discover(root, configuration).Files.Select(f => f.Path).Append(relative).Distinct(StringComparer.Ordinal);
        var project = ProjectContextFactory.Create(root, configuration, files, context.Environment("VIRTUAL_ENV"), useCache: false);
        var decoded = PythonSourceDecoder.Decode(bytes, relative);
        if (decoded.Text is not { } text)
        {
            await context.Error.WriteLineAsync($"{path}: {decoded.Error?.Message}").ConfigureAwait(false);
            return ExitCodes.Failure;
        }

        var parse = PythonParser.Parse(text);
        var model = SemanticModel.Build(parse, project.OptionsFor(relative));
        await context.Output.WriteAsync($"module {model.ModuleName} ({relative}), Python {project.TargetVersion}\n").ConfigureAwait(false);
        await context.Output.WriteAsync(SemanticDump.Render(model)).ConfigureAwait(false);
        if (!parse.Success)
        {
            await context.Error.WriteLineAsync($"{path}: {parse.Errors[0].Message} (modelled up to the error)").ConfigureAwait(false);
        }

        return ExitCodes.Success;
    }
}
