using ProdReady.Core.Text;

namespace ProdReady.Analysis.Engine;

/// <summary>A public function, class or method of a file, as the changelog rules weigh a change.</summary>
/// <param name="Path">The file.</param>
/// <param name="Name">The qualified name (<c>Exporter.write</c>).</param>
/// <param name="Kind">"function", "class" or "method".</param>
/// <param name="Span">The unit's span, decorators included.</param>
internal readonly record struct PublicUnit(string Path, string Name, string Kind, TextSpan Span);
