using System.Text;

namespace ProdReady.Semantics.Tests.Environment;

/// <summary>A throw-away directory tree for the environment tests.</summary>
internal sealed class TempTree : IDisposable
{
    public TempTree()
    {
        Root = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "prodready-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Root);
    }

    public string Root { get; }

    public string Path(string relative) => System.IO.Path.Combine(Root, relative);

    public TempTree File(string relative, string text = "x = 1\n") => Bytes(relative, Encoding.UTF8.GetBytes(text));

    public TempTree Bytes(string relative, byte[] content)
    {
        var full = Path(relative);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        System.IO.File.WriteAllBytes(full, content);
        return this;
    }

    public TempTree Dir(string relative)
    {
        Directory.CreateDirectory(Path(relative));
        return this;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A file still open on a slow filesystem: the OS temp cleaner removes the rest.
        }
    }
}
