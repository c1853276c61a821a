using System.CommandLine;

namespace ProdReady.Cli.Commands;

/// <summary><c>prodready debug</c>: views of the front end's internals (tokens, AST, parse throughput).</summary>
internal static class DebugCommand
{
    /// <summary>Creates the <c>debug</c> command group.</summary>
    /// <param name="context">Streams, working directory and environment.</param>
    /// <returns>The command.</returns>
    public static Command Create(CliContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var command = new Command("debug", "Show what the Python front end sees: tokens, syntax trees, parse throughput, the semantic model.");
        command.Subcommands.Add(DebugTokensCommand.Create(context));
        command.Subcommands.Add(DebugAstCommand.Create(context));
        command.Subcommands.Add(DebugParseCommand.Create(context));
        command.Subcommands.Add(DebugSemanticCommand.Create(context));
        return command;
    }
}
