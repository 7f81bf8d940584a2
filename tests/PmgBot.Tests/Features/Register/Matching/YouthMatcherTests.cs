using System.Globalization;
using PmgBot.Core.Features.Register.Matching;

namespace PmgBot.Tests.Features.Register.Matching;

public sealed class YouthMatcherTests
{
    private const MatchKind Sure = MatchKind.Sure;
    private const MatchKind Possible = MatchKind.Possible;
    private const MatchKind None = MatchKind.None;

    // Names are "first name|tussenvoegsel|surname"; dates are dd-MM-yyyy.
    [Theory]
    // Same name, same date of birth, typed differently.
    [InlineData("Jan|de|Vries", "12-03-2010", "Jan|de|Vries", "12-03-2010", Sure)]
    [InlineData("jan||de vries", "12-03-2010", "JAN|De|VRIES", "12-03-2010", Sure)]
    [InlineData("Jan||van der Berg", "01-01-2009", "Jan|van der|Berg", "01-01-2009", Sure)]
    [InlineData("Lisa||van den Heuvel", "05-06-2011", "Lisa|van den|Heuvel", "05-06-2011", Sure)]
    [InlineData("Anna|ter|Horst", "17-09-2008", "Anna||Ter Horst", "17-09-2008", Sure)]
    [InlineData("Gerard||'t Hooft", "23-11-2007", "Gerard|'t|Hooft", "23-11-2007", Sure)]
    [InlineData("Kees||In 't Veld", "30-04-2012", "Kees|in ’t|Veld", "30-04-2012", Sure)]
    [InlineData("Emre||Ozdemir", "14-02-2010", "Emre||Özdemir", "14-02-2010", Sure)]
    [InlineData("Zoe||Peters", "08-08-2009", "Zoë||Peters", "08-08-2009", Sure)]
    [InlineData("Eliel||Smeets", "21-12-2011", "Eliël||Smeets", "21-12-2011", Sure)]
    [InlineData("Ozlem||Yilmaz", "03-03-2008", "Özlem||Yılmaz", "03-03-2008", Sure)]
    [InlineData("Sanne||Jansen - De Vries", "19-07-2010", "Sanne||Jansen-de Vries", "19-07-2010", Sure)]
    [InlineData("Jan-Willem||Smit", "02-10-2009", "Jan - Willem||Smit", "02-10-2009", Sure)]
    [InlineData("Fatima|el|Amrani", "11-05-2011", "Fatima||El Amrani", "11-05-2011", Sure)]
    [InlineData("Lukasz||Wisniewski", "25-01-2008", "Łukasz||Wiśniewski", "25-01-2008", Sure)]
    // Particles only differ: particles are ignored, so this is sure.
    [InlineData("Jan|van|Vries", "12-03-2010", "Jan|de|Vries", "12-03-2010", Sure)]
    // Typos in surname or first name (same date of birth).
    [InlineData("Piet||Jansen", "12-03-2010", "Piet||Janssen", "12-03-2010", Possible)]
    [InlineData("Tim||Baker", "09-09-2009", "Tim||Bakker", "09-09-2009", Possible)]
    [InlineData("Mohamed||Bouzid", "15-10-2010", "Mohammed||Bouzid", "15-10-2010", Possible)]
    [InlineData("Mohammed||Bouzid", "15-10-2010", "Muhammad||Bouzid", "15-10-2010", Possible)]
    [InlineData("Mohamed||Bouzit", "15-10-2010", "Mohammed||Bouzid", "15-10-2010", Possible)]
    [InlineData("Mohamed||Bouzit", "15-10-2010", "Muhammad||Bouzid", "15-10-2010", None)]
    [InlineData("Rachid||Azzouzi", "07-07-2008", "Rachid||Azouzi", "07-07-2008", Possible)]
    [InlineData("Kevin||Ramdin", "29-02-2012", "Kevin||Ramdien", "29-02-2012", Possible)]
    [InlineData("Agnieszka||Kowalczyk", "13-06-2009", "Agnieska||Kowalcyk", "13-06-2009", Possible)]
    [InlineData("Jan||Jansen", "12-03-2010", "Jan||Hansen", "12-03-2010", Possible)]
    [InlineData("Jan||Jansen", "12-03-2010", "Jan||Janssens", "12-03-2010", Possible)]
    [InlineData("Jan||Jansen", "12-03-2010", "Jan||Johnson", "12-03-2010", None)]
    // Initials and leading first names.
    [InlineData("J.||de Vries", "12-03-2010", "Jan|de|Vries", "12-03-2010", Possible)]
    [InlineData("Jan||van der Berg", "01-01-2009", "Jan-Willem|van der|Berg", "01-01-2009", Possible)]
    [InlineData("J.W.||Smit", "02-10-2009", "Jan-Willem||Smit", "02-10-2009", Possible)]
    [InlineData("Jo||Bakker", "02-10-2009", "Johan||Smit", "02-10-2009", None)]
    // Double surnames.
    [InlineData("Sanne|de|Vries", "19-07-2010", "Sanne||Jansen-de Vries", "19-07-2010", Possible)]
    [InlineData("Sanne||Jansen", "19-07-2010", "Sanne||Jansen-de Vries", "19-07-2010", Possible)]
    [InlineData("Sanne||de Vries-Jansen", "19-07-2010", "Sanne||Jansen-de Vries", "19-07-2010", Possible)]
    [InlineData("Ashwin||Ramdin", "04-04-2011", "Ashwin||Ramdin-Sewnarain", "04-04-2011", Possible)]
    [InlineData("Sanne||Bakker", "19-07-2010", "Sanne||Jansen-de Vries", "19-07-2010", None)]
    // First name and surname swapped.
    [InlineData("Yilmaz||Ozlem", "03-03-2008", "Özlem||Yılmaz", "03-03-2008", Possible)]
    [InlineData("Bouzid||Mohammed", "15-10-2010", "Mohamed||Bouzid", "15-10-2010", Possible)]
    // Twins and siblings: same surname, same date of birth, different first name.
    [InlineData("Daan||van der Linden", "06-05-2012", "Sem|van der|Linden", "06-05-2012", Possible)]
    [InlineData("Aylin||Kaya", "06-05-2012", "Elif||Kaya", "06-05-2012", Possible)]
    // Date of birth typos with identical names.
    [InlineData("Jan|de|Vries", "12-03-2010", "Jan|de|Vries", "03-12-2010", Possible)]
    [InlineData("Jan|de|Vries", "12-03-2010", "Jan|de|Vries", "12-03-2016", Possible)]
    [InlineData("Jan|de|Vries", "12-03-2010", "Jan|de|Vries", "12-03-2001", None)]
    [InlineData("Jan|de|Vries", "12-03-2010", "Jan|de|Vries", "13-03-2010", None)]
    [InlineData("Jan|de|Vries", "12-03-2010", "Jan|de|Vries", "12-04-2010", None)]
    [InlineData("Jan|de|Vries", "12-03-2010", "Jan|de|Vriens", "03-12-2010", None)]
    // Same name, different date of birth.
    [InlineData("Mohamed||Bouzid", "15-10-2010", "Mohamed||Bouzid", "15-10-2011", Possible)]
    [InlineData("Mohamed||Bouzid", "15-10-2010", "Mohamed||Bouzid", "16-11-2009", None)]
    [InlineData("Priya||Mahabier", "01-02-2010", "Priya||Mahabier", "01-02-2013", Possible)]
    [InlineData("Priya||Mahabier", "01-02-2010", "Priya||Mahabier", "20-02-2010", None)]
    // Totally different names, same date of birth.
    [InlineData("Jan|de|Vries", "12-03-2010", "Fatima|el|Amrani", "12-03-2010", None)]
    [InlineData("Kacper||Nowak", "12-03-2010", "Stefano||Rossi", "12-03-2010", None)]
    [InlineData("Rajesh||Ramcharan", "12-03-2010", "Mehmet||Demir", "12-03-2010", None)]
    // Same first name, unrelated surname.
    [InlineData("Noah||Hermans", "12-03-2010", "Noah||Ramakers", "12-03-2010", None)]
    // Missing names.
    [InlineData("||Bouzid", "15-10-2010", "Mohamed||Bouzid", "15-10-2010", Possible)]
    [InlineData("Mohamed||", "15-10-2010", "Mohamed||", "15-10-2010", None)]
    public void Compare_NamesAndBirthDates_GivesExpectedKind(string reported, string reportedBirthDate, string registered, string registeredBirthDate, MatchKind expected)
    {
        Assert.Equal(expected, YouthMatcher.Compare(Name(reported), Date(reportedBirthDate), Name(registered), Date(registeredBirthDate)));
        Assert.Equal(expected, YouthMatcher.Compare(Name(registered), Date(registeredBirthDate), Name(reported), Date(reportedBirthDate)));
    }

    [Fact]
    public void Compare_NormalizedOverload_SameAsPersonNameOverload()
    {
        var reported = new PersonName("Jan", null, "van der Berg");
        var registered = new PersonName("Jan", "van der", "Berg");
        var date = new DateOnly(2009, 1, 1);

        Assert.Equal(
            YouthMatcher.Compare(reported, date, registered, date),
            YouthMatcher.Compare(DutchNameNormalizer.Normalize(reported), date, DutchNameNormalizer.Normalize(registered), date));
    }

    [Fact]
    public void Compare_NormalizedNames_AllocatesNothing()
    {
        var date = new DateOnly(2010, 7, 19);
        var swapped = new DateOnly(2010, 12, 3);
        NormalizedName[] names =
        [
            DutchNameNormalizer.Normalize(new PersonName("Sanne", null, "Jansen-de Vries")),
            DutchNameNormalizer.Normalize(new PersonName("Sanne", "de", "Vries")),
            DutchNameNormalizer.Normalize(new PersonName("Jan-Willem", null, "Smit")),
            DutchNameNormalizer.Normalize(new PersonName("J.", null, "Smid")),
            DutchNameNormalizer.Normalize(new PersonName("Mohammed", null, "Bouzid")),
            DutchNameNormalizer.Normalize(new PersonName("Bouzid", null, "Muhammad")),
        ];
        var kinds = new int[3];
        CompareAll(names, date, swapped, kinds);

        var before = GC.GetAllocatedBytesForCurrentThread();
        CompareAll(names, date, swapped, kinds);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(0, allocated);
        Assert.True(kinds[(int)MatchKind.Possible] > 0 && kinds[(int)MatchKind.None] > 0 && kinds[(int)MatchKind.Sure] > 0);
    }

    private static void CompareAll(NormalizedName[] names, DateOnly date, DateOnly otherDate, int[] kinds)
    {
        foreach (var a in names)
        {
            foreach (var b in names)
            {
                kinds[(int)YouthMatcher.Compare(a, date, b, date)]++;
                kinds[(int)YouthMatcher.Compare(a, date, b, otherDate)]++;
            }
        }
    }

    [Theory]
    [InlineData("Jan", "van der", "Berg", "berg")]
    [InlineData("Sanne", null, "Jansen-de Vries", "jansen-vries")]
    [InlineData("Emre", null, "Özdemir", "ozdemir")]
    public void SearchKey_Name_IsNormalizedSurname(string firstName, string? tussenvoegsel, string lastName, string expected) =>
        Assert.Equal(expected, YouthMatcher.SearchKey(DutchNameNormalizer.Normalize(new PersonName(firstName, tussenvoegsel, lastName))));

    private static PersonName Name(string value)
    {
        var parts = value.Split('|');
        return new PersonName(parts[0], parts[1].Length == 0 ? null : parts[1], parts[2]);
    }

    private static DateOnly Date(string value) => DateOnly.ParseExact(value, "dd-MM-yyyy", CultureInfo.InvariantCulture);
}
