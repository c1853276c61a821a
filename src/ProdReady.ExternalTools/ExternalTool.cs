namespace ProdReady.ExternalTools;

/// <summary>A tool that <c>--run-tools</c> can run in the project's environment, in the order they run.</summary>
public enum ExternalTool
{
    /// <summary>pytest, whose failing tests are <c>EXT001</c>.</summary>
    Pytest,

    /// <summary>mypy, whose errors are <c>EXT002</c>.</summary>
    Mypy,

    /// <summary>flake8, whose violations are <c>EXT003</c>.</summary>
    Flake8,
}
