
using PmgBot.Core.Features.Register.Matching;

namespace PmgBot.Tests.Features.Register.Matching;

public sealed class DutchNameNormalizerTests
{
    public static TheoryData<string, string?, string, string, string, string> Names() => new()
    {
        // first name, tussenvoegsel, surname → first, last, particles
        { "Jan", "de", "Vries", "jan", "vries", "de" },
        { "Jan", null, "de Vries", "jan", "vries", "de" },
        { "Jan", "", "De Vries", "jan", "vries", "de" },
        { "  JAN  ", "  van  der ", "  BERG ", "jan", "berg", "van der" },
        { "Jan", "van der", "Berg", "jan", "berg", "van der" },
        { "Jan", null, "van der Berg", "jan", "berg", "van der" },
        { "Jan", "van", "der Berg", "jan", "berg", "van der" },
        { "Jan", null, "Berg, van der", "jan", "berg", "van der" },
        { "Gerard", "'t", "Hooft", "gerard", "hooft", "t" },
        { "Gerard", null, "’t Hooft", "gerard", "hooft", "t" },
        { "Kees", "in 't", "Veld", "kees", "veld", "in t" },
        { "Kees", null, "In ’T Veld", "kees", "veld", "in t" },
        { "Willem", "van", "'s-Gravesande", "willem", "gravesande", "van s" },
        { "Anna", null, "ter Horst", "anna", "horst", "ter" },
        { "Anna", "uit den", "Bogaard", "anna", "bogaard", "uit den" },
        { "Sanne", null, "Jansen-de Vries", "sanne", "jansen-vries", "de" },
        { "Sanne", null, "Jansen - De Vries", "sanne", "jansen-vries", "de" },
        { "Sanne", null, "Jansen de Vries", "sanne", "jansen-vries", "de" },
        { "Sanne", null, "van Dijk-de Jong", "sanne", "dijk-jong", "van de" },
        { "Jan-Willem", null, "Smit", "jan-willem", "smit", "" },
        { "Jan - Willem", null, "Smit", "jan-willem", "smit", "" },
        { "Zoë", null, "Hendriks", "zoe", "hendriks", "" },
        { "Eliël", null, "Maréchal", "eliel", "marechal", "" },
        { "Özlem", null, "Yılmaz", "ozlem", "yilmaz", "" },
        { "Çağlar", null, "Öztürk", "caglar", "ozturk", "" },
        { "İbrahim", null, "Şahin", "ibrahim", "sahin", "" },
        { "Łukasz", null, "Wiśniewski", "lukasz", "wisniewski", "" },
        { "Søren", null, "Groß", "soren", "gross", "" },
        { "Ĳsbrand", null, "Ĳzerman", "ijsbrand", "ijzerman", "" },
        { "Ijsbrand", null, "IJzerman", "ijsbrand", "ijzerman", "" },
        { "Fatima", "el", "Amrani", "fatima", "amrani", "el" },
        { "Fatima", null, "El-Amrani", "fatima", "amrani", "el" },
        { "Youssef", null, "Ben Ali", "youssef", "ben ali", "" },
        { "Chantal", null, "D'Ancona", "chantal", "ancona", "d" },
        { "Siobhan", null, "O'Neill", "siobhan", "oneill", "" },
        { "Ashwin", null, "Ramdin-Sewnarain", "ashwin", "ramdin-sewnarain", "" },
        { "Lukas", "von der", "Heide", "lukas", "heide", "von der" },
        { "Pieter", null, "De", "pieter", "de", "" },
        { "Minh", null, "Nguyen Le", "minh", "nguyen le", "" },
        { "J.W.", null, "Smit", "j w", "smit", "" },
    };

    [Theory]
    [MemberData(nameof(Names))]
    public void Normalize_Variant_GivesCanonicalName(string firstName, string? tussenvoegsel, string lastName, string first, string last, string particles) =>
        Assert.Equal(new NormalizedName(first, last, particles), DutchNameNormalizer.Normalize(new PersonName(firstName, tussenvoegsel, lastName)));

    public static TheoryData<PersonName, PersonName> SameNames() => new()
    {
        { new("Jan", "van der", "Berg"), new("jan", null, "Van Der Berg") },
        { new("Jan", "van der", "Berg"), new("JAN", "van", "der  berg") },
        { new("Sanne", null, "Jansen-de Vries"), new("Sanne", "", "jansen -  de vries") },
        { new("Gerard", "'t", "Hooft"), new("Gerard", null, "t Hooft") },
        { new("Zoë", null, "Özdemir"), new("Zoe", null, "Ozdemir") },
    };

    [Theory]
    [MemberData(nameof(SameNames))]
    public void Normalize_SameNameTypedDifferently_GivesEqualResults(PersonName a, PersonName b) =>
        Assert.Equal(DutchNameNormalizer.Normalize(a), DutchNameNormalizer.Normalize(b));

    [Theory]
    [InlineData("Jan", "jan")]
    [InlineData("  Jan   Peter  ", "jan peter")]
    [InlineData("Zoë", "zoe")]
    [InlineData("Fraçois", "fracois")]
    [InlineData("Ĳsbrand", "ijsbrand")]
    [InlineData("Straße", "strasse")]
    [InlineData("'t Hooft", "t hooft")]
    [InlineData("'s-Gravenhage", "s-gravenhage")]
    [InlineData("d'Ancona", "d ancona")]
    [InlineData("O’Neill", "oneill")]
    [InlineData("Jansen – de Vries", "jansen-de vries")]
    [InlineData("-Jansen-", "jansen")]
    [InlineData("Jan.  Peter,", "jan peter")]
    [InlineData("", "")]
    [InlineData("   ", "")]
    public void NormalizeToken_Text_GivesFoldedText(string value, string expected) =>
        Assert.Equal(expected, DutchNameNormalizer.NormalizeToken(value));

    public static TheoryData<string, string, string?, string> FullNames() => new()
    {
        // text → first name, tussenvoegsel, surname (as typed)
        { "Jan de Vries", "Jan", "de", "Vries" },
        { "Fatima el Amrani", "Fatima", "el", "Amrani" },
        { "Jan-Willem van der Berg", "Jan-Willem", "van der", "Berg" },
        { "Sanne Jansen-de Vries", "Sanne", null, "Jansen-de Vries" },
        { "Sanne Jansen - de Vries", "Sanne", null, "Jansen-de Vries" },
        { "Özlem Yılmaz", "Özlem", null, "Yılmaz" },
        { "  Kees   in 't   Veld ", "Kees", "in 't", "Veld" },
        { "Gerard 't Hooft", "Gerard", "'t", "Hooft" },
        { "Pieter De", "Pieter", null, "De" },
        { "Jan van", "Jan", null, "van" },
        { "Vries, Jan de", "Jan", "de", "Vries" },
        { "Berg, Jan Peter van der", "Jan Peter", "van der", "Berg" },
        { "Mohammed Ben Ali", "Mohammed", null, "Ben Ali" },
    };

    [Theory]
    [MemberData(nameof(FullNames))]
    public void TryParseFullName_FreeText_SplitsIntoParts(string text, string firstName, string? tussenvoegsel, string lastName)
    {
        Assert.True(DutchNameNormalizer.TryParseFullName(text, out var name));
        Assert.Equal(new PersonName(firstName, tussenvoegsel, lastName), name);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("Jan")]
    [InlineData(", Jan")]
    [InlineData("Vries,")]
    public void TryParseFullName_EmptyOrIncomplete_ReturnsFalse(string? text)
    {
        Assert.False(DutchNameNormalizer.TryParseFullName(text, out var name));
        Assert.Null(name);
    }

    [Theory]
    [InlineData("Jan de Vries", "Jan", "de", "Vries")]
    [InlineData("Jan van der Berg", "Jan", null, "van der Berg")]
    [InlineData("Sanne Jansen-de Vries", "Sanne", null, "Jansen - De Vries")]
    public void TryParseFullName_ThenNormalize_EqualsFormInput(string text, string firstName, string? tussenvoegsel, string lastName)
    {
        Assert.True(DutchNameNormalizer.TryParseFullName(text, out var parsed));
        Assert.Equal(
            DutchNameNormalizer.Normalize(new PersonName(firstName, tussenvoegsel, lastName)),
            DutchNameNormalizer.Normalize(parsed));
    }
}
