namespace ProdReady.Semantics.TestMapping;

/// <summary>Matches a request path against a route pattern of Flask (<c>&lt;int:id&gt;</c>), Starlette and FastAPI (<c>{id}</c>, <c>{rest:path}</c>).</summary>
internal static class RoutePattern
{
    /// <summary>
    /// What a requested path holds in place of a value only known at run time (<c>f"/items/{item_id}"</c> is
    /// <c>/items/{*}</c>): the segment holding it may match any segment of a route, a parameter or a literal one (a
    /// loop's value is often a route's literal name), so what such a request reaches is only possible.
    /// </summary>
    public const string Unknown = "{*}";

    /// <summary>Tells whether <paramref name="path"/> is served by <paramref name="pattern"/>.</summary>
    /// <param name="pattern">The route's path pattern.</param>
    /// <param name="path">
    /// The requested path, without query string; <c>*</c> when it is built at run time, and a segment holding
    /// <see cref="Unknown"/> where a part of it is.
    /// </param>
    /// <returns><see langword="true"/> when every segment matches.</returns>
    public static bool Matches(string pattern, string path)
    {
        if (path == "*")
        {
            return false;
        }

        var expected = pattern.Trim('/').Split('/');
        var actual = path.Trim('/').Split('/');
        for (var i = 0; i < expected.Length; i++)
        {
            var segment = expected[i];
            var isParameter = (segment.StartsWith('{') && segment.EndsWith('}')) || (segment.StartsWith('<') && segment.EndsWith('>'));
            if (isParameter && (segment.EndsWith(":path}", StringComparison.Ordinal) || segment.StartsWith("<path:", StringComparison.Ordinal)))
            {
                return actual.Length > i;
            }

            if (i >= actual.Length)
            {
                return false;
            }

            if (!isParameter && !string.Equals(segment, actual[i], StringComparison.Ordinal) && !actual[i].Contains(Unknown, StringComparison.Ordinal))
            {
                return false;
            }

            if (isParameter && actual[i].Length == 0)
            {
                return false;
            }
        }

        return expected.Length == actual.Length;
    }
}
