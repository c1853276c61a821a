using System.Runtime.InteropServices;

namespace ProdReady.Core.Collections;

/// <summary>
/// Reads lists that may be absent without allocating. <c>foreach (var x in list ?? [])</c> on a <see cref="List{T}"/>
/// makes a new empty list every time the list is absent, and the analysis's facts hold many absent lists that hot loops
/// read for every unit and every test.
/// </summary>
public static class OptionalItems
{
    /// <summary>Returns a list's items, or none when the list is absent. The list must not change while they are read.</summary>
    /// <typeparam name="T">The type of the items.</typeparam>
    /// <param name="list">The list, or <see langword="null"/>.</param>
    /// <returns>The items, in order.</returns>
    public static ReadOnlySpan<T> ItemsOrNone<T>(this List<T>? list) => list is null ? [] : CollectionsMarshal.AsSpan(list);
}
