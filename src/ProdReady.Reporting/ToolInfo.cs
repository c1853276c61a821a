namespace ProdReady.Reporting;

/// <summary>The tool that produced a report.</summary>
/// <param name="Name">The tool name, for example <c>prodready</c>.</param>
/// <param name="Version">The tool version, for example <c>0.1.0</c>.</param>
/// <param name="InformationUri">The tool's home page (absolute URI), or <see langword="null"/> when it has none.</param>
public sealed record ToolInfo(string Name, string Version, Uri? InformationUri = null);
