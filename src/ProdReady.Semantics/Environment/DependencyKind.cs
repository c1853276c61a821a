namespace ProdReady.Semantics.Environment;

/// <summary>Whether a declared dependency is needed to run the project or only to develop it.</summary>
internal enum DependencyKind
{
    /// <summary>Installed with the project: <c>[project].dependencies</c>, a runtime extra, <c>requirements.txt</c>.</summary>
    Runtime,

    /// <summary>Installed only to test, lint, type-check or document it: a dev group, <c>requirements-dev.txt</c>, tox deps.</summary>
    Development,
}
