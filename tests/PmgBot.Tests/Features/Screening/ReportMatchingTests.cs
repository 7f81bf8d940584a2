using Microsoft.EntityFrameworkCore;
using PmgBot.Core.Register;
using PmgBot.Tests.Integration;

namespace PmgBot.Tests.Features.Screening;

/// <summary>Matching a new report to the register (step 0 after a report is stored), in the real app on SQLite.</summary>
public sealed class ReportMatchingTests : BotAppTest
{
    private static readonly DateOnly Birth = new(2010, 3, 12);

    private ScreeningData Data => field ??= new ScreeningData(App);

    [Theory]
    [InlineData("Daan", "van der", "Berg")]
    [InlineData("daan", null, "Van der Berg")]
    [InlineData("DAAN", "VAN DER", "berg")]
    [InlineData("Daån", "van den", "Berg")]
    public async Task Submit_SameNormalisedNameAndBirthDate_LinksSureMatchAndScreens(string first, string? tussenvoegsel, string last)
    {
        var youth = await Data.AddYouthAsync("Daan", "van der", "Berg", Birth);
        var other = await Data.AddYouthAsync("Sem", null, "Jansen", Birth);

        var context = await Data.SubmitAsync(Data.NewYouthReport(first, tussenvoegsel, last, Birth));

        var report = await Data.ReportAsync(context.Report.Reference);
        Assert.Equal(MatchState.Sure, report.MatchState);
        Assert.Equal(youth.Id, report.YouthId);
        Assert.Null(report.PossibleYouthId);
        Assert.Equal(ReportStatus.InScreening, report.Status);
        Assert.Equal("daan", report.NormalizedFirstName);
        Assert.Equal("berg", report.NormalizedLastName);
        Assert.Equal(youth.Code, context.YouthCode);
        Assert.Equal(MatchState.Sure, context.Report.MatchState);
        Assert.NotEqual(other.Id, report.YouthId);
        Assert.Equal(2, await App.QueryAsync(db => db.Youths.CountAsync()));
    }

    [Theory]
    [InlineData("Dan", "van der", "Berg", 2010, 3, 12)]   // first-name typo
    [InlineData("Daan", "van der", "Bergh", 2010, 3, 12)] // surname typo
    [InlineData("Lotte", "van der", "Berg", 2010, 3, 12)] // same surname and birth date: a sibling or twin?
    [InlineData("Daan", "van der", "Berg", 2010, 12, 3)]  // day and month swapped
    [InlineData("Daan", "van der", "Berg", 2016, 3, 12)]  // one digit of the year
    public async Task Submit_SimilarYouth_FlagsPossibleMatchWithoutLink(string first, string? tussenvoegsel, string last, int year, int month, int day)
    {
        var youth = await Data.AddYouthAsync("Daan", "van der", "Berg", Birth);

        var context = await Data.SubmitAsync(Data.NewYouthReport(first, tussenvoegsel, last, new DateOnly(year, month, day)));

        var report = await Data.ReportAsync(context.Report.Reference);
        Assert.Equal(MatchState.Possible, report.MatchState);
        Assert.Equal(youth.Id, report.PossibleYouthId);
        Assert.Null(report.YouthId);
        Assert.Equal(ReportStatus.Ontvangen, report.Status);
        Assert.Null(context.YouthCode);
        Assert.Equal(1, await App.QueryAsync(db => db.Youths.CountAsync()));
    }

    [Fact]
    public async Task Submit_NoSimilarYouth_CreatesNewYouthRecordAndLinksIt()
    {
        await Data.AddYouthAsync("Sem", null, "Jansen", Birth);

        var context = await Data.SubmitAsync(Data.NewYouthReport("Daan", "van der", "Berg", new DateOnly(2011, 5, 1)));

        var report = await Data.ReportAsync(context.Report.Reference);
        var youth = await App.QueryAsync(db => db.Youths.AsNoTracking().SingleAsync(y => y.Id == report.YouthId));
        Assert.Equal(MatchState.New, report.MatchState);
        Assert.Equal(ReportStatus.Ontvangen, report.Status);
        Assert.Equal("PMG-J-0001", youth.Code);
        Assert.Equal(youth.Code, context.YouthCode);
        Assert.Equal(("Daan", "van der", "Berg"), (youth.FirstName, youth.Tussenvoegsel, youth.LastName));
        Assert.Equal(("daan", "berg"), (youth.NormalizedFirstName, youth.NormalizedLastName));
        Assert.Equal(new DateOnly(2011, 5, 1), youth.DateOfBirth);
        Assert.Equal(YouthLevel.Geen, youth.Level);
        Assert.Equal(("jpp-heerlen", "heerlen"), (youth.JppId, youth.MunicipalityId));
    }

    [Fact]
    public async Task Submit_YouthOfAnotherJpp_MatchesWithinTheRegion()
    {
        var youth = await Data.AddYouthAsync("Daan", "van der", "Berg", Birth, jpp: "jpp-brunssum", municipality: "brunssum");

        var context = await Data.SubmitAsync(Data.NewYouthReport("Daan", "van der", "Berg", Birth));

        Assert.Equal(youth.Id, (await Data.ReportAsync(context.Report.Reference)).YouthId);
    }

    [Fact]
    public async Task Submit_TwoSureMatches_IsPossibleForTheChair()
    {
        var first = await Data.AddYouthAsync("Daan", "van der", "Berg", Birth);
        await Data.AddYouthAsync("Daan", null, "Berg", Birth);

        var context = await Data.SubmitAsync(Data.NewYouthReport("Daan", "van der", "Berg", Birth));

        var report = await Data.ReportAsync(context.Report.Reference);
        Assert.Equal(MatchState.Possible, report.MatchState);
        Assert.Equal(first.Id, report.PossibleYouthId);
        Assert.Null(report.YouthId);
    }

    [Fact]
    public async Task Submit_SureAndPossibleCandidates_LinksTheSureOne()
    {
        await Data.AddYouthAsync("Lotte", "van der", "Berg", Birth);
        var sure = await Data.AddYouthAsync("Daan", "van der", "Berg", Birth);

        var context = await Data.SubmitAsync(Data.NewYouthReport("Daan", "van der", "Berg", Birth));

        var report = await Data.ReportAsync(context.Report.Reference);
        Assert.Equal((MatchState.Sure, sure.Id), (report.MatchState, report.YouthId));
    }

    [Theory]
    [InlineData(ReportSubject.Groep)]
    [InlineData(ReportSubject.Locatie)]
    public async Task Submit_GroupOrLocation_NoYouthRecordNoMatch(ReportSubject subject)
    {
        var context = await Data.SubmitAsync(Data.NewReport(subject));

        var report = await Data.ReportAsync(context.Report.Reference);
        Assert.Equal(MatchState.None, report.MatchState);
        Assert.Null(report.YouthId);
        Assert.Equal(ReportStatus.Ontvangen, report.Status);
        Assert.Equal(0, await App.QueryAsync(db => db.Youths.CountAsync()));
    }

    [Fact]
    public async Task Submit_SameNewYouthTwice_SecondIsSureMatchOfTheFirstRecord()
    {
        var first = await Data.SubmitAsync(Data.NewYouthReport("Daan", "van der", "Berg", Birth));
        var second = await Data.SubmitAsync(Data.NewYouthReport("Daan", "van der", "Berg", Birth, TestDirectory.Politie, "politie"));

        Assert.Equal(MatchState.New, (await Data.ReportAsync(first.Report.Reference)).MatchState);
        Assert.Equal(MatchState.Sure, (await Data.ReportAsync(second.Report.Reference)).MatchState);
        Assert.Equal(first.YouthCode, second.YouthCode);
        Assert.Equal(1, await App.QueryAsync(db => db.Youths.CountAsync()));
    }
}
