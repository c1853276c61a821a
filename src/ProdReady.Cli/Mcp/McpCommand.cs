using System.CommandLine;

namespace ProdReady.Cli.Mcp;

/// <summary><c>prodready mcp [--root DIR]</c>: serves the Model Context Protocol over standard input and output.</summary>
internal static class McpCommand
{
    /// <summary>Creates the <c>mcp</c> command.</summary>
    /// <param name="context">Streams, working directory and environment.</param>
    /// <returns>The command.</returns>
    public static Command Create(CliContext context)
    {
        var root = new Option<string?>("--root")
        {
            Description = "The folder the server serves (default: the working directory); paths outside it are refused.",
            HelpName = "DIR",
        };
        var command = new Command("mcp", "Serve the Model Context Protocol over stdio (tools: check, list_rules, explain_rule, changelog_add).") { root };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var folder = context.ResolvePath(parse.GetValue(root) ?? ".");
            if (!Directory.Exists(folder))
            {
                throw new UsageException($"--root: no such folder {folder}");
            }

            using var server = new ProdReadyMcpServer(new ServedRoot(folder), context.Environment, context.GitEnvironment);
            await server.RunStdioAsync(cancellationToken).ConfigureAwait(false);
            return ExitCodes.Success;
        });
        return command;
    }
}
