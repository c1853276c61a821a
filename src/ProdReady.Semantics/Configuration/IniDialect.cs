namespace ProdReady.Semantics.Configuration;

/// <summary>
/// The syntax rules an <see cref="IniDocument"/> follows. The same file (<c>setup.cfg</c>, <c>tox.ini</c>) is read
/// by different Python tools with different readers, so each question about it uses the reader of the tool that
/// would answer it.
/// </summary>
/// <remarks>
/// What both share: <c>[section]</c> headers; <c>key = value</c> or <c>key: value</c> entries with name and value
/// stripped; a line whose first non-blank character is <c>#</c> or <c>;</c> is a comment, even when indented; blank
/// lines and comments do not end a value; an indented line continues the previous entry, its stripped text joined
/// with a newline; text after a value is part of it. Where they differ:
/// <list type="table">
/// <listheader><term>rule</term><description><see cref="ConfigParser"/> / <see cref="IniConfig"/></description></listheader>
/// <item><term>key names</term><description>case-insensitive / case-sensitive</description></item>
/// <item><term>a repeated key</term><description>the last value wins / an error</description></item>
/// <item><term>a repeated section</term><description>continues the first / an error</description></item>
/// <item><term>entry split</term><description>at the first <c>=</c> or <c>:</c> / at the first <c>=</c> unless a
/// <c>:</c> comes before it, else at the first <c>": "</c> (so <c>key:value</c> is an error)</description></item>
/// <item><term>section header</term><description><c>[</c> up to the first <c>]</c>, the name stripped, the rest of
/// the line ignored, a missing <c>]</c> an error / a line starting with <c>[</c> that ends in <c>]</c> once a
/// <c>#</c> or <c>;</c> comment is cut off, the name unstripped and not empty; otherwise the line is a
/// continuation</description></item>
/// <item><term>an indented line with no entry before it</term><description>read as a header or entry / an
/// error</description></item>
/// <item><term>a continuation of an empty value</term><description>keeps the empty first line (<c>"\nvalue"</c>) /
/// becomes the value</description></item>
/// <item><term>line breaks</term><description>CR, LF, CRLF, FF, NEL, LS, PS / those of Python's
/// <c>str.splitlines</c>, which adds VT and the separators U+001C-U+001E</description></item>
/// </list>
/// </remarks>
internal enum IniDialect
{
    /// <summary>Python's <c>configparser</c>, as setuptools reads <c>setup.cfg</c> and tox reads <c>tox.ini</c>.</summary>
    ConfigParser,

    /// <summary>The <c>iniconfig</c> package, as pytest reads <c>pytest.ini</c>, <c>tox.ini</c> and <c>setup.cfg</c>.</summary>
    IniConfig,
}
