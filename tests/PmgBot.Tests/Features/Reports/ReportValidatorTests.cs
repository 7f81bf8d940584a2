using PmgBot.Core.Features.Reports;
using PmgBot.Core.Register;

namespace PmgBot.Tests.Features.Reports;

/// <summary>The report validator field by field: every wrong value gets its own Dutch message, a right form a submission.</summary>
public sealed class ReportValidatorTests
{
    private const string Key = "6f1c2a9e-5b7d-4e8a-9c3f-2d1e0b4a7c55";
    private static readonly DateOnly Today = new(2026, 11, 22);
    private static readonly string[] Municipalities = ["heerlen", "brunssum"];

    public static ReportForm ValidYouth => new(
        Subject: "jongere", FirstName: " Daan ", Tussenvoegsel: "van der", LastName: "Berg", DateOfBirth: "2012-02-03",
        Municipality: "heerlen", School: "", Kind: "zorg", Context: "school", Concerns: "schoolverzuim,drugs",
        Description: "Verzuimt al twee weken.", Urgency: "normaal", Informed: "ja");

    public static ReportForm ValidGroup => new(
        Subject: "groep", GroupOrLocation: "Groep bij het station", Municipality: "brunssum", Kind: "veiligheid", Context: "straat",
        Concerns: "overlast", Description: "Intimideren voorbijgangers.", Urgency: "spoed", Informed: "nee", NotInformedReason: "Onbekende jongeren.");

    public static TheoryData<string, ReportForm, string, string> WrongValues => new()
    {
        { "subject empty", ValidYouth with { Subject = "" }, ReportFields.Subject, "Kies waar de melding over gaat: een jongere, een groep of een locatie." },
        { "subject unknown", ValidYouth with { Subject = "hond" }, ReportFields.Subject, "Kies waar de melding over gaat: een jongere, een groep of een locatie." },
        { "first name empty", ValidYouth with { FirstName = "  " }, ReportFields.FirstName, "Vul de voornaam in." },
        { "first name too long", ValidYouth with { FirstName = new string('a', 101) }, ReportFields.FirstName, "De voornaam is te lang (101 tekens, maximaal 100)." },
        { "tussenvoegsel too long", ValidYouth with { Tussenvoegsel = new string('v', 41) }, ReportFields.Tussenvoegsel, "Het tussenvoegsel is te lang (41 tekens, maximaal 40)." },
        { "last name empty", ValidYouth with { LastName = null }, ReportFields.LastName, "Vul de achternaam in." },
        { "last name too long", ValidYouth with { LastName = new string('b', 151) }, ReportFields.LastName, "De achternaam is te lang (151 tekens, maximaal 150)." },
        { "date empty", ValidYouth with { DateOfBirth = "" }, ReportFields.DateOfBirth, "Vul de geboortedatum in." },
        { "date 31 February", ValidYouth with { DateOfBirth = "2012-02-31" }, ReportFields.DateOfBirth, "Deze geboortedatum bestaat niet. Kies de datum met de datumkiezer." },
        { "date 31-02 typed", ValidYouth with { DateOfBirth = "31-02-2012" }, ReportFields.DateOfBirth, "Deze geboortedatum bestaat niet. Kies de datum met de datumkiezer." },
        { "date garbage", ValidYouth with { DateOfBirth = "gisteren" }, ReportFields.DateOfBirth, "Deze geboortedatum bestaat niet. Kies de datum met de datumkiezer." },
        { "date in the future", ValidYouth with { DateOfBirth = "2026-11-23" }, ReportFields.DateOfBirth, "De geboortedatum ligt in de toekomst." },
        { "date far past", ValidYouth with { DateOfBirth = "1850-01-01" }, ReportFields.DateOfBirth, "Deze geboortedatum ligt te ver in het verleden." },
        { "age 5 unconfirmed", ValidYouth with { DateOfBirth = "2021-05-01" }, ReportFields.AgeConfirmed,
            "Volgens deze geboortedatum is de jongere 5 jaar. PmgBot is voor jongeren van 8 tot en met 27 jaar. Klopt de datum toch? Vink dan 'De leeftijd klopt' aan." },
        { "age 28 unconfirmed", ValidYouth with { DateOfBirth = "1998-11-22", AgeConfirmed = "false" }, ReportFields.AgeConfirmed,
            "Volgens deze geboortedatum is de jongere 28 jaar. PmgBot is voor jongeren van 8 tot en met 27 jaar. Klopt de datum toch? Vink dan 'De leeftijd klopt' aan." },
        { "school too long", ValidYouth with { School = new string('s', 201) }, ReportFields.School, "De naam van de school is te lang (201 tekens, maximaal 200)." },
        { "municipality empty", ValidYouth with { Municipality = "" }, ReportFields.Municipality, "Kies een gemeente." },
        { "municipality unknown", ValidYouth with { Municipality = "maastricht" }, ReportFields.Municipality, "Kies een gemeente uit de lijst." },
        { "kind empty", ValidYouth with { Kind = null }, ReportFields.Kind, "Kies of het een zorgsignaal of een veiligheidssignaal is." },
        { "kind unknown", ValidYouth with { Kind = "Zorg" }, ReportFields.Kind, "Kies of het een zorgsignaal of een veiligheidssignaal is." },
        { "context unknown", ValidYouth with { Context = "kerk" }, ReportFields.Context, "Kies waar het signaal vandaan komt: school, straat, thuis of online." },
        { "concerns empty", ValidYouth with { Concerns = " , " }, ReportFields.Concerns, "Kies minstens één soort zorg (of 'Anders')." },
        { "concerns unknown", ValidYouth with { Concerns = "drugs,brandstichting" }, ReportFields.Concerns, "Kies de soorten zorg uit de lijst." },
        { "description empty", ValidYouth with { Description = "\n  \t" }, ReportFields.Description, "Vul een beschrijving in." },
        { "description too long", ValidYouth with { Description = new string('x', 2134) }, ReportFields.Description, "De beschrijving is te lang (2.134 tekens, maximaal 2.000)." },
        { "urgency unknown", ValidYouth with { Urgency = "heel erg" }, ReportFields.Urgency, "Kies of de melding spoed heeft." },
        { "informed empty", ValidYouth with { Informed = "" }, ReportFields.Informed, "Geef aan of de jongere en de ouders van de melding weten." },
        { "informed unknown", ValidYouth with { Informed = "misschien" }, ReportFields.Informed, "Geef aan of de jongere en de ouders van de melding weten." },
        { "not informed without reason", ValidYouth with { Informed = "nee" }, ReportFields.NotInformedReason, "Geef aan waarom jongere en ouders het niet weten." },
        { "reason too long", ValidYouth with { Informed = "nee", NotInformedReason = new string('r', 501) }, ReportFields.NotInformedReason, "De reden is te lang (501 tekens, maximaal 500)." },
        { "group without name", ValidGroup with { GroupOrLocation = "" }, ReportFields.GroupOrLocation, "Geef de groep een korte naam." },
        { "location without name", ValidGroup with { Subject = "locatie", GroupOrLocation = null }, ReportFields.GroupOrLocation, "Vul de naam van de plek in." },
        { "group name too long", ValidGroup with { GroupOrLocation = new string('g', 201) }, ReportFields.GroupOrLocation, "De naam van de groep of plek is te lang (201 tekens, maximaal 200)." },
    };

    [Theory]
    [MemberData(nameof(WrongValues))]
    public void Validate_WrongValue_OneDutchMessageForThatField(string name, ReportForm form, string field, string message)
    {
        var result = ReportValidator.Validate(Key, form, Municipalities, Today);

        Assert.False(result.IsValid, name);
        Assert.Null(result.Submission);
        Assert.Equal(field, Assert.Single(result.Errors).Key);
        Assert.Equal(message, result.Errors[field]);
    }

    [Fact]
    public void Validate_ValidYouth_TrimmedSubmissionWithEnums()
    {
        var result = ReportValidator.Validate(Key, ValidYouth, Municipalities, Today);

        Assert.True(result.IsValid);
        Assert.False(result.AskAgeConfirmation);
        var s = result.Submission!;
        Assert.Equal(Key, s.IdempotencyKey);
        Assert.Equal(ReportSubject.Jongere, s.Subject);
        Assert.Equal("Daan", s.FirstName);
        Assert.Equal("van der", s.Tussenvoegsel);
        Assert.Equal(new DateOnly(2012, 2, 3), s.DateOfBirth);
        Assert.Null(s.School);
        Assert.Null(s.GroupOrLocation);
        Assert.Equal(ConcernTypes.Schoolverzuim | ConcernTypes.Drugs, s.ConcernTypes);
        Assert.Equal(ReportKind.Zorg, s.Kind);
        Assert.Equal(ReportContext.School, s.Context);
        Assert.Equal(ReportUrgency.Normaal, s.Urgency);
        Assert.True(s.YouthAndParentsInformed);
        Assert.Null(s.NotInformedReason);
    }

    [Fact]
    public void Validate_ValidGroup_IgnoresYouthFieldsAndKeepsReason()
    {
        var result = ReportValidator.Validate(Key, ValidGroup with { FirstName = "Daan", DateOfBirth = "nonsense" }, Municipalities, Today);

        Assert.True(result.IsValid, string.Join("; ", result.Errors.Values));
        var s = result.Submission!;
        Assert.Equal(ReportSubject.Groep, s.Subject);
        Assert.Null(s.FirstName);
        Assert.Null(s.DateOfBirth);
        Assert.Equal("Groep bij het station", s.GroupOrLocation);
        Assert.Equal(ReportUrgency.Spoed, s.Urgency);
        Assert.False(s.YouthAndParentsInformed);
        Assert.Equal("Onbekende jongeren.", s.NotInformedReason);
    }

    [Theory]
    [InlineData("2018-11-22", false)] // exactly 8 today
    [InlineData("2018-11-23", true)]  // 7, turns 8 tomorrow
    [InlineData("1998-11-23", false)] // 27, turns 28 tomorrow
    [InlineData("1998-11-22", true)]  // 28 today
    public void Validate_AgeBounds_AskConfirmationOutside8To27(string dateOfBirth, bool ask)
    {
        var result = ReportValidator.Validate(Key, ValidYouth with { DateOfBirth = dateOfBirth }, Municipalities, Today);

        Assert.Equal(ask, result.AskAgeConfirmation);
        Assert.Equal(!ask, result.IsValid);
    }

    [Fact]
    public void Validate_AgeOutsideButConfirmed_IsValidAndStillShowsTheToggle()
    {
        var result = ReportValidator.Validate(Key, ValidYouth with { DateOfBirth = "2021-05-01", AgeConfirmed = "true" }, Municipalities, Today);

        Assert.True(result.IsValid);
        Assert.True(result.AskAgeConfirmation);
    }

    [Fact]
    public void Validate_EverythingMissing_MessagePerRequiredField()
    {
        var result = ReportValidator.Validate(Key, new ReportForm(Subject: "jongere"), Municipalities, Today);

        Assert.Equal(
            new[] { ReportFields.FirstName, ReportFields.LastName, ReportFields.DateOfBirth, ReportFields.Municipality, ReportFields.Kind,
                ReportFields.Context, ReportFields.Concerns, ReportFields.Description, ReportFields.Urgency, ReportFields.Informed }.Order(StringComparer.Ordinal),
            result.Errors.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Validate_DescriptionOfExactly2000_IsValid()
    {
        Assert.True(ReportValidator.Validate(Key, ValidYouth with { Description = new string('x', 2000) }, Municipalities, Today).IsValid);
    }

    [Fact]
    public void Validate_HostileText_KeptLiterally()
    {
        const string hostile = "\"quoted\" {braces} ${user.name} **vet** [link](http://x) <b>html</b>";

        var result = ReportValidator.Validate(Key, ValidYouth with { Description = hostile, FirstName = "<b>${x}</b>" }, Municipalities, Today);

        Assert.Equal(hostile, result.Submission!.Description);
        Assert.Equal("<b>${x}</b>", result.Submission.FirstName);
    }
}
