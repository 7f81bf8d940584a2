namespace PmgBot.Core.Features.Register.Matching;

/// <summary>
/// Decides whether a youth named in a report is a youth in the register. Called for every register candidate that
/// the database offers (index on date of birth and on <see cref="SearchKey"/>), so the comparison of normalised names
/// allocates nothing.
/// </summary>
/// <remarks>
/// <para>Names are compared in normalised form (<see cref="DutchNameNormalizer"/>): case, diacritics, apostrophes,
/// spacing, hyphen spacing and particles are ignored, so "de Vries" and "van Vries" are the same surname. A double
/// surname is compared as a whole.</para>
/// <para><b>Sure</b>: same date of birth, the same non-empty normalised first name and the same non-empty normalised
/// surname.</para>
/// <para><b>Possible</b> (the chair decides), with the same date of birth:</para>
/// <list type="bullet">
/// <item>the same surname and a different (or missing) first name: twins and siblings, or a first-name typo;</item>
/// <item>a similar first name and a similar surname. First names are similar when equal, within the typo distance,
/// or when one is the initials or the leading name(s) of the other ("J." vs "Jan", "Jan" vs "Jan-Willem",
/// "J.W." vs "Jan Willem"). Surnames are similar when equal, within the typo distance, when one is a part of the
/// other's double surname ("de Vries" vs "Jansen-de Vries"), or when both have the same parts in another order;</item>
/// <item>first name and surname swapped (each within the typo distance of the other's).</item>
/// </list>
/// <para>The typo distance is a Damerau-Levenshtein distance (optimal string alignment) of at most 1 when the longer
/// name has up to 5 characters, and at most 2 when it is longer; first name and surname are measured separately.</para>
/// <para><b>Possible</b> also, with the same non-empty normalised first name and surname, when the date of birth has
/// day and month swapped (12-03-2010 vs 03-12-2010) or differs in one digit of the year only (2010 vs 2016).</para>
/// <para><b>None</b> otherwise, and always when either normalised surname is empty.</para>
/// </remarks>
public static class YouthMatcher
{
    /// <summary>The value the register's surname index stores and is searched with: the normalised surname.</summary>
    public static string SearchKey(NormalizedName name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return name.Last;
    }

    /// <summary>Normalises both names and compares them (see the class remarks for the rules).</summary>
    public static MatchKind Compare(PersonName reported, DateOnly reportedBirthDate, PersonName registered, DateOnly registeredBirthDate) =>
        Compare(DutchNameNormalizer.Normalize(reported), reportedBirthDate, DutchNameNormalizer.Normalize(registered), registeredBirthDate);

    /// <summary>Compares two normalised names and dates of birth (see the class remarks for the rules).</summary>
    public static MatchKind Compare(NormalizedName reported, DateOnly reportedBirthDate, NormalizedName registered, DateOnly registeredBirthDate)
    {
        ArgumentNullException.ThrowIfNull(reported);
        ArgumentNullException.ThrowIfNull(registered);
        if (reported.Last.Length == 0 || registered.Last.Length == 0)
        {
            return MatchKind.None;
        }

        var sameFirst = reported.First.Length > 0 && string.Equals(reported.First, registered.First, StringComparison.Ordinal);
        var sameLast = string.Equals(reported.Last, registered.Last, StringComparison.Ordinal);
        if (reportedBirthDate != registeredBirthDate)
        {
            return sameFirst && sameLast && IsLikelyBirthDateTypo(reportedBirthDate, registeredBirthDate) ? MatchKind.Possible : MatchKind.None;
        }

        if (sameFirst && sameLast)
        {
            return MatchKind.Sure;
        }

        return sameLast
            || (AreSimilarFirstNames(reported.First, registered.First) && AreSimilarSurnames(reported.Last, registered.Last))
            || (IsTypo(reported.First, registered.Last) && IsTypo(reported.Last, registered.First))
            ? MatchKind.Possible
            : MatchKind.None;
    }

    private static bool IsLikelyBirthDateTypo(DateOnly a, DateOnly b)
    {
        if (a.Year == b.Year)
        {
            return a.Day == b.Month && a.Month == b.Day;
        }

        return a.Month == b.Month && a.Day == b.Day && DifferInOneDigit(a.Year, b.Year);
    }

    private static bool DifferInOneDigit(int a, int b)
    {
        var differences = 0;
        while (a > 0 || b > 0)
        {
            if (a % 10 != b % 10)
            {
                differences++;
            }

            a /= 10;
            b /= 10;
        }

        return differences == 1;
    }

    private static bool IsTypo(ReadOnlySpan<char> a, ReadOnlySpan<char> b) =>
        a.Length > 0 && b.Length > 0 && EditDistance.IsWithin(a, b, Math.Max(a.Length, b.Length) <= 5 ? 1 : 2);

    private static bool AreSimilarFirstNames(string a, string b) =>
        a.Length > 0 && b.Length > 0
        && (IsTypo(a, b) || IsInitialsOrLeadingNames(a, b) || IsInitialsOrLeadingNames(b, a));

    private static bool AreSimilarSurnames(string a, string b) =>
        IsTypo(a, b) || IsPartOf(a, b) || IsPartOf(b, a) || HaveSamePartsReordered(a, b);

    /// <summary>
    /// True when every name word of <paramref name="shorter"/> equals, or is the initial of, the name word at the same
    /// place in <paramref name="longer"/>, which may have more words ("j" vs "jan", "jan" vs "jan-willem").
    /// </summary>
    private static bool IsInitialsOrLeadingNames(string shorter, string longer)
    {
        ReadOnlySpan<char> shortRest = shorter;
        ReadOnlySpan<char> longRest = longer;
        var compared = 0;
        while (shortRest.Length > 0)
        {
            if (longRest.Length == 0)
            {
                return false;
            }

            var word = NextWord(ref shortRest);
            var other = NextWord(ref longRest);
            var matches = word.SequenceEqual(other) || (word.Length == 1 && other.Length > 1 && other[0] == word[0]);
            if (!matches)
            {
                return false;
            }

            compared++;
        }

        return compared > 0;
    }

    /// <summary>Takes the text up to the next space or hyphen off <paramref name="rest"/> (without allocating, unlike SplitAny).</summary>
    private static ReadOnlySpan<char> NextWord(ref ReadOnlySpan<char> rest)
    {
        var end = rest.IndexOfAny(' ', '-');
        if (end < 0)
        {
            var last = rest;
            rest = [];
            return last;
        }

        var word = rest[..end];
        rest = rest[(end + 1)..];
        return word;
    }

    /// <summary>True when <paramref name="surname"/> is one of the parts of the double surname <paramref name="doubleSurname"/>.</summary>
    private static bool IsPartOf(string surname, string doubleSurname)
    {
        if (!doubleSurname.Contains('-', StringComparison.Ordinal) || surname.Contains('-', StringComparison.Ordinal))
        {
            return false;
        }

        foreach (var range in doubleSurname.AsSpan().Split('-'))
        {
            if (doubleSurname.AsSpan()[range].SequenceEqual(surname))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when two double surnames have the same parts in a different order ("jansen-vries" vs "vries-jansen").</summary>
    private static bool HaveSamePartsReordered(string a, string b)
    {
        if (a.Length != b.Length || !a.Contains('-', StringComparison.Ordinal) || a.AsSpan().Count('-') != b.AsSpan().Count('-'))
        {
            return false;
        }

        return ContainsAllParts(a, b) && ContainsAllParts(b, a);
    }

    private static bool ContainsAllParts(string parts, string other)
    {
        foreach (var range in parts.AsSpan().Split('-'))
        {
            var part = parts.AsSpan()[range];
            var found = false;
            foreach (var otherRange in other.AsSpan().Split('-'))
            {
                if (other.AsSpan()[otherRange].SequenceEqual(part))
                {
                    found = true;
                    break;
                }
            }

            if (!found)
            {
                return false;
            }
        }

        return true;
    }
}
