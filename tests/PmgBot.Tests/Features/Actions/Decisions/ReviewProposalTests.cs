using PmgBot.Core.Features.Actions.Decisions;

namespace PmgBot.Tests.Features.Actions.Decisions;

/// <summary>The review date the decision card proposes: the review period from today, moved to the JPP's first planned meeting on or after it.</summary>
public sealed class ReviewProposalTests
{
    private static readonly DateOnly Today = new(2026, 12, 1);

    public static TheoryData<string, int, string, string, bool> Cases => new()
    {
        // name, weeks, planned meeting days (Amsterdam), expected date, expected at a meeting
        { "a meeting on the day itself", 6, "2026-12-15,2027-01-12,2027-01-26", "2027-01-12", true },
        { "the first meeting after the day", 3, "2027-01-12,2026-12-15,2027-01-26", "2027-01-12", true },
        { "only meetings before the day", 8, "2026-12-15,2027-01-12", "2027-01-26", false },
        { "nothing planned", 4, "", "2026-12-29", false },
        { "a meeting more than a year ahead", 52, "2027-12-14", "2027-11-30", false },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void For_PlannedMeetings_TheFirstOnOrAfterTheReviewPeriodElseTheDayItself(string name, int weeks, string meetings, string expected, bool atMeeting)
    {
        var days = meetings.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(DateOnly.Parse);

        var proposal = ReviewProposal.For(Today, weeks, days);

        Assert.True(new ReviewProposal(DateOnly.Parse(expected), weeks, atMeeting) == proposal, $"{name}: {proposal}");
    }
}
