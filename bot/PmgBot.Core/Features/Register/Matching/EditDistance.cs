using System.Buffers;

namespace PmgBot.Core.Features.Register.Matching;

/// <summary>
/// Damerau-Levenshtein distance in its restricted form (optimal string alignment): insertions, deletions,
/// substitutions and transpositions of two adjacent characters each cost 1. Bounded: the computation stops as soon
/// as the distance is known to exceed the bound, and allocates nothing when the second name has at most 64 characters
/// (longer names use a pooled buffer).
/// </summary>
internal static class EditDistance
{
    private const int StackLimit = 64;

    /// <summary>True when the distance between <paramref name="a"/> and <paramref name="b"/> is at most <paramref name="max"/>.</summary>
    public static bool IsWithin(ReadOnlySpan<char> a, ReadOnlySpan<char> b, int max)
    {
        if (Math.Abs(a.Length - b.Length) > max)
        {
            return false;
        }

        if (a.SequenceEqual(b))
        {
            return true;
        }

        if (a.Length == 0 || b.Length == 0)
        {
            return Math.Max(a.Length, b.Length) <= max;
        }

        var width = b.Length + 1;
        int[]? rented = null;
        var buffer = b.Length <= StackLimit
            ? stackalloc int[width * 3]
            : (rented = ArrayPool<int>.Shared.Rent(width * 3)).AsSpan(0, width * 3);
        try
        {
            return Distance(a, b, max, buffer[..width], buffer.Slice(width, width), buffer.Slice(width * 2, width)) <= max;
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<int>.Shared.Return(rented);
            }
        }
    }

    private static int Distance(ReadOnlySpan<char> a, ReadOnlySpan<char> b, int max, Span<int> beforePrevious, Span<int> previous, Span<int> current)
    {
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMinimum = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    value = Math.Min(value, beforePrevious[j - 2] + 1);
                }

                current[j] = value;
                rowMinimum = Math.Min(rowMinimum, value);
            }

            if (rowMinimum > max)
            {
                return rowMinimum;
            }

            var recycled = beforePrevious;
            beforePrevious = previous;
            previous = current;
            current = recycled;
        }

        return previous[b.Length];
    }
}
