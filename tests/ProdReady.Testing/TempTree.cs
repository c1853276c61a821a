using System.Text;

namespace ProdReady.Testing;

/// <summary>
/// A throw-away directory tree in the temporary folder, filled fluently (<c>new TempTree().File("a.py").Dir("b")</c>)
/// and deleted on dispose.
/// </summary>
public sealed class TempTree : IDisposable
{
    /// <summary>Creates an empty tree.</summary>
    public TempTree()
    {
        Root = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "prodready-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Root);
    }

    /// <summary>Gets the tree's root folder.</summary>
    public string Root { get; }

    /// <summary>Gets the full path of an entry.</summary>
    /// <param name="relative">The entry's path below the root.</param>
    /// <returns>The full path.</returns>
    public string Path(string relative) => System.IO.Path.Combine(Root, relative);

    /// <summary>Writes a UTF-8 text file, creating its folders.</summary>
    /// <param name="relative">The file's path below the root.</param>
    /// <param name="text">The content.</param>
    /// <returns>This tree.</returns>
    public TempTree File(string relative, string text = "x = 1\n") => Bytes(relative, Encoding.UTF8.GetBytes(text));

    /// <summary>Writes a file's bytes, creating its folders.</summary>
    /// <param name="relative">The file's path below the root.</param>
    /// <param name="content">The content.</param>
    /// <returns>This tree.</returns>
    public TempTree Bytes(string relative, byte[] content)
    {
        var full = Path(relative);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        System.IO.File.WriteAllBytes(full, content);
        return this;
    }

    /// <summary>Creates a folder and its parents.</summary>
    /// <param name="relative">The folder's path below the root.</param>
    /// <returns>This tree.</returns>
    public TempTree Dir(string relative)
    {
        Directory.CreateDirectory(Path(relative));
        return this;
    }

    /// <summary>Deletes the tree.</summary>
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
