using ProdReady.Cli;
using ProdReady.Gate;

// A check warms its analysis engine up on a thread of its own from the start, so that the warm-up overlaps the parsing of the
// command line as well as git; any other command, or a check the parser rejects, leaves it unused.
var warmUp = args is ["check", ..] ? GateRunner.StartWarmUp() : null;
return await ProdReadyApp.RunAsync(args, CliContext.FromConsole(warmUp)).ConfigureAwait(false);
