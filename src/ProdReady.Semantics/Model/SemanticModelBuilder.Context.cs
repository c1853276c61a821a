using ProdReady.Core.Text;

namespace ProdReady.Semantics.Model;

/// <content>The context a statement or expression is visited in.</content>
internal sealed partial class SemanticModelBuilder
{
    /// <summary>
    /// The scope, the flags that new references and bindings take, the import context, the enclosing loop, and the
    /// offset before which nothing here is evaluated (a conditional expression's branches run after its test).
    /// </summary>
    private readonly record struct Context(Scope Scope, ReferenceFlags ReferenceFlags, BindingFlags BindingFlags, ImportContext Imports, TextSpan? Loop, int EvaluatedAfter = 0)
    {
        public Context WithScope(Scope scope) => this with { Scope = scope };

        public Context WithFlags(ReferenceFlags flags) => this with { ReferenceFlags = ReferenceFlags | flags };

        public Context WithoutFlags(ReferenceFlags flags) => this with { ReferenceFlags = ReferenceFlags & ~flags };

        public Context Conditional() => this with
        {
            BindingFlags = BindingFlags | BindingFlags.Conditional,
            Imports = Imports | ImportContext.Conditional,
        };

        public Context TypeCheckingOnly() => this with
        {
            ReferenceFlags = ReferenceFlags | ReferenceFlags.TypeCheckingOnly,
            BindingFlags = BindingFlags | BindingFlags.TypeCheckingOnly,
            Imports = Imports | ImportContext.TypeCheckingOnly,
        };

        public Context VersionGuarded() => this with
        {
            BindingFlags = BindingFlags | BindingFlags.VersionGuarded,
            Imports = Imports | ImportContext.VersionGuarded,
        };

        public Context ImportGuarded() => this with
        {
            BindingFlags = BindingFlags | BindingFlags.ImportGuarded,
            Imports = Imports | ImportContext.Guarded,
        };

        /// <summary>Records the outermost loop of the current function scope.</summary>
        public Context InLoop(TextSpan loop) => Loop is null ? this with { Loop = loop } : this;
    }
}
