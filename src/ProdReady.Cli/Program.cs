using ProdReady.Cli;

return await ProdReadyApp.RunAsync(args, CliContext.FromConsole()).ConfigureAwait(false);
