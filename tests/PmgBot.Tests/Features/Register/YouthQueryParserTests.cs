
using PmgBot.Core.Features.Register;

namespace PmgBot.Tests.Features.Register;

public sealed class YouthQueryParserTests
{
    private static readonly DateOnly Today = new(2026, 11, 22);

    [Theory]
    [InlineData("Jan de Vries (12-03-2010)", "Jan", "de", "Vries", "2010-03-12")]
    [InlineData("Jan de Vries 12-03-2010", "Jan", "de", "Vries", "2010-03-12")]
    [InlineData("Jan de Vries (12-3-2010)", "Jan", "de", "Vries", "2010-03-12")]
    [InlineData("Jan de Vries 2-3-2010", "Jan", "de", "Vries", "2010-03-02")]
    [InlineData("Jan de Vries 02-03-2010", "Jan", "de", "Vries", "2010-03-02")]
    [InlineData("Jan de Vries 12/3/2010", "Jan", "de", "Vries", "2010-03-12")]
    [InlineData("Jan de Vries (12/03/2010)", "Jan", "de", "Vries", "2010-03-12")]
    [InlineData("Jan de Vries 12.03.2010", "Jan", "de", "Vries", "2010-03-12")]
    [InlineData("Jan de Vries ( 12-03-2010 )", "Jan", "de", "Vries", "2010-03-12")]
    [InlineData("Jan de Vries, 12-03-2010", "Jan", "de", "Vries", "2010-03-12")]
    [InlineData("Jan de Vries geboren 12-03-2010", "Jan", "de", "Vries", "2010-03-12")]
    [InlineData("Jan de Vries (geb. 12-03-2010)?", "Jan", "de", "Vries", "2010-03-12")]
    [InlineData("Jan de Vries 2010-03-12", "Jan", "de", "Vries", "2010-03-12")]
    [InlineData("Jan de Vries", "Jan", "de", "Vries", null)]
    [InlineData("Jan de Vries?", "Jan", "de", "Vries", null)]
    [InlineData("  Jan   de  Vries  ", "Jan", "de", "Vries", null)]
    [InlineData("Jan-Willem van der Berg (1-1-2012)", "Jan-Willem", "van der", "Berg", "2012-01-01")]
    [InlineData("Sanne Jansen-de Vries 29-02-2012", "Sanne", null, "Jansen-de Vries", "2012-02-29")]
    [InlineData("Vries, Jan de, 12-03-2010", "Jan", "de", "Vries", "2010-03-12")]
    [InlineData("Fatima El Amrani (5-6-2011)", "Fatima", "El", "Amrani", "2011-06-05")]
    [InlineData("Kevin van 't Hof", "Kevin", "van 't", "Hof", null)]
    [InlineData("(12-03-2010) Jan de Vries", "Jan", "de", "Vries", "2010-03-12")]
    public void Parse_NameWithOptionalDate_ReadsBoth(string text, string first, string? tussenvoegsel, string last, string? date)
    {
        var query = YouthQueryParser.Parse(text, Today);

        Assert.True(query.IsValid, $"{query.NameError} {query.DateError}");
        Assert.Equal(first, query.Name!.FirstName);
        Assert.Equal(tussenvoegsel, query.Name.Tussenvoegsel);
        Assert.Equal(last, query.Name.LastName);
        Assert.Equal(date is null ? null : DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), query.DateOfBirth);
    }

    [Theory]
    [InlineData("Jan de Vries 31-02-2010", nameof(RegisterTexts.DateNotExisting), "31-02-2010")]
    [InlineData("Jan de Vries 12-13-2010", nameof(RegisterTexts.DateNotExisting), "12-13-2010")]
    [InlineData("Jan de Vries 00-03-2010", nameof(RegisterTexts.DateNotExisting), "00-03-2010")]
    [InlineData("Jan de Vries 12-03-1890", nameof(RegisterTexts.DateNotExisting), "12-03-1890")]
    [InlineData("Jan de Vries 12-03-10", nameof(RegisterTexts.DateNotExisting), "12-03-10")]
    [InlineData("Jan de Vries 12-03-2030", nameof(RegisterTexts.DateInFuture), "12-03-2030")]
    [InlineData("Jan de Vries 23-11-2026", nameof(RegisterTexts.DateInFuture), "23-11-2026")]
    [InlineData("Jan de Vries 12-2010", nameof(RegisterTexts.DateUnclear), "12-2010")]
    [InlineData("Jan de Vries 2010", nameof(RegisterTexts.DateUnclear), "2010")]
    [InlineData("Jan de Vries 12-03-2010 13-03-2010", nameof(RegisterTexts.DateTwice), "12-03-2010 13-03-2010")]
    public void Parse_BadDate_GivesDateErrorAndKeepsName(string text, string error, string dateText)
    {
        var query = YouthQueryParser.Parse(text, Today);

        Assert.False(query.IsValid);
        Assert.Equal(RegisterTexts.Resources[error], query.DateError);
        Assert.Null(query.NameError);
        Assert.Equal("Jan de Vries", query.NameText);
        Assert.Equal(dateText, query.DateText);
        Assert.Null(query.DateOfBirth);
    }

    [Theory]
    [InlineData("Jan", nameof(RegisterTexts.NameIncomplete))]
    [InlineData("Jan (12-03-2010)", nameof(RegisterTexts.NameIncomplete))]
    [InlineData("(12-03-2010)", nameof(RegisterTexts.NameMissing))]
    [InlineData("?", nameof(RegisterTexts.NameMissing))]
    public void Parse_BadName_GivesNameError(string text, string error)
    {
        var query = YouthQueryParser.Parse(text, Today);

        Assert.False(query.IsValid);
        Assert.Equal(RegisterTexts.Resources[error], query.NameError);
        Assert.Null(query.Name);
    }

    [Fact]
    public void Parse_TooLongName_GivesNameError()
    {
        var query = YouthQueryParser.Parse("Jan " + new string('a', 150), Today);

        Assert.Equal(YouthQueryParser.NameTooLong, query.NameError);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public void Parse_Nothing_IsEmpty(string? text)
    {
        var query = YouthQueryParser.Parse(text, Today);

        Assert.True(query.IsEmpty);
        Assert.False(query.IsValid);
    }

    [Theory]
    [InlineData("Jan de Vries", "2010-03-12", "2010-03-12")]
    [InlineData("Jan de Vries", "12-03-2010", "2010-03-12")]
    [InlineData("Jan de Vries", "", null)]
    [InlineData("Jan de Vries", null, null)]
    public void FromCard_NameAndDateInput_ReadsBoth(string name, string? date, string? expected)
    {
        var query = YouthQueryParser.FromCard(name, date, Today);

        Assert.True(query.IsValid);
        Assert.Equal(expected is null ? null : DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), query.DateOfBirth);
    }

    [Theory]
    [InlineData("Jan de Vries", "gisteren", null, nameof(RegisterTexts.DateUnclear))]
    [InlineData("Jan de Vries", "2010-02-30", null, nameof(RegisterTexts.DateNotExisting))]
    [InlineData("Jan de Vries", "2027-01-01", null, nameof(RegisterTexts.DateInFuture))]
    [InlineData("", "2010-03-12", nameof(RegisterTexts.NameMissing), null)]
    [InlineData("Jan", "", nameof(RegisterTexts.NameIncomplete), null)]
    public void FromCard_BadInput_GivesMessagePerFieldAndKeepsInput(string name, string date, string? nameError, string? dateError)
    {
        var query = YouthQueryParser.FromCard(name, date, Today);

        Assert.False(query.IsValid);
        Assert.Equal(nameError is null ? null : RegisterTexts.Resources[nameError], query.NameError);
        Assert.Equal(dateError is null ? null : RegisterTexts.Resources[dateError], query.DateError);
        Assert.Equal(name, query.NameText);
        Assert.Equal(date, query.DateText);
    }

    [Theory]
    [InlineData("1-1-2000", true)]
    [InlineData("29-02-2011", false)]
    [InlineData("2012-2-29", true)]
    [InlineData("12-03-20100", false)]
    [InlineData("abc", false)]
    public void TryParseDate_Formats_AcceptsOnlyRealDates(string text, bool ok) =>
        Assert.Equal(ok, YouthQueryParser.TryParseDate(text, out _));
}
