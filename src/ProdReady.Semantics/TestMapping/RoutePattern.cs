namespace ProdReady.Semantics.TestMapping;

/// <summary>Matches a request path against a route pattern of Flask (<c>&lt;int:id&gt;</c>), Starlette and FastAPI (<c>{id}</c>, <c>{rest:path}</c>).</summary>
internal static class RoutePattern
{
    /// <summary>
    /// What a requested path holds in place of a value only known at run time (<c>f"/items/{item_id}"</c> is
    /// <c>/items/{*}</c>): the segment holding it matches a route's parameter, never a literal segment (the value is not
    /// known to be that literal).
    /// </summary>
    public const string Unknown = "{*}";

    /// <summary>Counts a route pattern's literal segments (<c>/users/me</c> has 2, <c>/users/{name}</c> 1): the more, the more specific.</summary>
    /// <param name="pattern">The route's path pattern.</param>
    /// <returns>The number of segments that are not parameters.</returns>
    public static int Literals(string pattern)
    {
        var count = 0;
        foreach (var segment in pattern.Trim('/').Split('/'))
        {
            var isParameter = (segment.StartsWith('{') && segment.EndsWith('}')) || (segment.StartsWith('<') && segment.EndsWith('>'));
            count += isParameter ? 0 : 1;
        }

        return count;
    }

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

            if (!isParameter && !string.Equals(segment, actual[i], StringComparison.Ordinal))
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
