namespace ProdReady.Analysis.Discovery;

/// <summary>A Python file to analyse.</summary>
/// <param name="Path">The path relative to the checked root with <c>/</c> separators; reports use it.</param>
/// <param name="FullPath">The full path, for reading the file.</param>
/// <param name="Length">The size in bytes when it was discovered.</param>
/// <param name="IsTest">Whether it is under a configured <c>tests</c> root or named like a pytest file (<c>test_*.py</c>, <c>*_test.py</c>, <c>conftest.py</c>).</param>
public sealed record DiscoveredFile(string Path, string FullPath, long Length, bool IsTest);
