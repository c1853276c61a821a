using System.Diagnostics;
using System.Globalization;

namespace ProdReady.Gate;

/// <summary>
/// Progress on standard error for runs that take longer than a second: nothing is shown before the
/// first second, then the current phase and the elapsed time, rewritten in place; the line is erased
/// when the run ends. Used only on a terminal and only for the text format.
/// </summary>
internal sealed class PhaseProgress : IProgress<string>, IDisposable
{
    private static readonly TimeSpan s_delay = TimeSpan.FromSeconds(1);
    private readonly TextWriter _error;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly Timer _timer;
    private readonly Lock _gate = new();
    private string _phase = "starting";
    private bool _shown;
    private bool _disposed;

    /// <summary>Initializes a new instance of the <see cref="PhaseProgress"/> class.</summary>
    /// <param name="error">The terminal's standard error.</param>
    public PhaseProgress(TextWriter error)
    {
        _error = error;
        _timer = new Timer(_ => Render(), null, s_delay, TimeSpan.FromMilliseconds(250));
    }

    /// <inheritdoc />
    public void Report(string value)
    {
        lock (_gate)
        {
            _phase = value;
        }

        if (_clock.Elapsed >= s_delay)
        {
            Render();
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _timer.Dispose();
        lock (_gate)
        {
            if (_shown)
            {
                _error.Write("\r\u001b[2K");
                _error.Flush();
            }

            _disposed = true;
        }
    }

    private void Render()
    {
        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }

            var seconds = _clock.Elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture);
            _error.Write($"\r\u001b[2Kprodready: {_phase}… {seconds} s");
            _error.Flush();
            _shown = true;
        }
    }
}
