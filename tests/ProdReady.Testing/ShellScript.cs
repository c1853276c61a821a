using System.ComponentModel;
using System.Diagnostics;
using System.Text;

namespace ProdReady.Testing;

/// <summary>
/// Writes POSIX shell scripts that tests run as stand-ins for programs (git, a Python interpreter), and returns only
/// once the script can be started. On Linux a file that some process holds open for writing cannot be executed
/// ("Text file busy"): a process forked by a test running alongside, in the instant the script was being written,
/// inherits that descriptor until it starts its own program. The script answers a probe argument at once, and is
/// probed until it starts.
/// </summary>
public static class ShellScript
{
    /// <summary>The argument a script written here exits on at once, without running its body.</summary>
    public const string ProbeArgument = "--prodready-test-probe";

    /// <summary>Writes an executable script and waits until it can be started.</summary>
    /// <param name="path">Where to write it.</param>
    /// <param name="body">The script's lines after the interpreter line.</param>
    /// <returns><paramref name="path"/>.</returns>
    /// <exception cref="InvalidOperationException">The script still cannot be started after about two seconds.</exception>
    public static string WriteExecutable(string path, string body)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(body);
        File.WriteAllText(path, $"#!/bin/sh\n[ \"$1\" = \"{ProbeArgument}\" ] && exit 0\n{body}", new UTF8Encoding(false));
        if (OperatingSystem.IsWindows())
        {
            return path;
        }

        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        for (var attempt = 0; attempt < 100; attempt++)
        {
            try
            {
                using var probe = Process.Start(new ProcessStartInfo(path, [ProbeArgument]) { UseShellExecute = false })!;
                probe.WaitForExit();
                return path;
            }
            catch (Win32Exception)
            {
                // Still held open for writing by a process that has not started its own program yet.
                Thread.Sleep(20);
            }
        }

        throw new InvalidOperationException($"the script {path} could not be started");
    }
}
