namespace ProdReady.Semantics.Environment;

/// <summary>How a third-party import is provided.</summary>
public enum DependencyStatus
{
    /// <summary>A distribution the project needs at run time provides it.</summary>
    Runtime,

    /// <summary>Only a development dependency (tests, linting, docs) provides it.</summary>
    Development,

    /// <summary>The virtual environment has it installed, but the project does not declare the distribution.</summary>
    InstalledUndeclared,

    /// <summary>Nothing declared or installed provides it.</summary>
    Undeclared,
}
