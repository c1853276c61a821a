using System.Diagnostics;
using System.Xml.Linq;
using ProdReady.Testing;

namespace ProdReady.Cli.Tests;

/// <summary>The one version number: Directory.Build.props' <c>Version</c> is what every surface reports.</summary>
public sealed class VersionTests
{
    private static readonly string s_version = XDocument.Load(Golden.PathNextToCaller("../../Directory.Build.props"))
        .Descendants("Version").Single().Value.Trim();

    [Fact]
    public async Task Prints_the_same_version_with_the_version_option()
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "prodready.dll"));
        start.ArgumentList.Add("--version");
        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);

        Assert.Equal(0, process.ExitCode);
        Assert.Equal(s_version, output.Trim());
    }
}
