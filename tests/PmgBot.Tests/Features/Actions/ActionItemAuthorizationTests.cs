using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PmgBot.Core.Features.Actions;
using PmgBot.Core.Features.Actions.Decisions;
using PmgBot.Core.Features.Meetings.AgendaItems;
using PmgBot.Core.Outbox;
using PmgBot.Core.Register;
using PmgBot.Tests.Features.Chair;
using PmgBot.Tests.Integration;

namespace PmgBot.Tests.Features.Actions;

/// <summary>
/// Who may tick an action item off and what each one's refresh shows, through the real endpoint (the card's buttons and
/// its <c>refresh</c> are plain invokes a client can send with any data). PMG-J-0017 of JPP Heerlen (youth work and
/// police involved, casusregisseur Cas Regie) has two items: Cas Regie's (index 0) and Paula Politie's (index 1).
/// </summary>
public sealed class ActionItemAuthorizationTests : BotAppTest
{
    private static readonly string[] ChangeInputs = [ActionItemFields.DoneNote, ActionItemFields.NewDueDate, ActionItemFields.PostponeReason, ActionItemFields.NotPossibleReason];
    private static readonly string[] ChangeVerbs = [ActionVerbs.CompleteItem, ActionVerbs.PostponeItem, ActionVerbs.NotPossibleItem];

    /// <summary>user, item, what the click answers: "not-allowed" (the card, unchanged), "not-found", "role" (the role refusal) or "refused" (an unknown user: the refusal card).</summary>
    public static TheoryData<string, int, string> NonOwners => new()
    {
        { TestDirectory.Politie, 0, "not-found" },              // owner of the other item, nothing to do with this one
        { TestDirectory.Casusregisseur, 1, "not-allowed" },     // the youth's casusregisseur: may read the item, not change it
        { TestDirectory.Melder, 0, "not-found" },               // deelnemer of the JPP, organisation not involved
        { TestDirectory.VoorzitterBrunssum, 0, "not-found" },   // chair of another JPP
        { TestDirectory.Programmamanager, 0, "role" },          // no case role at all
        { TestDirectory.Stranger, 0, "refused" },               // not in the directory
    };

    [Theory]
    [MemberData(nameof(NonOwners))]
    public async Task ChangeItem_NeitherOwnerNorChair_NothingChangesAndTheOwnerCanStillTick(string user, int item, string expected)
    {
        var items = await RecordAsync();
        var id = items[item];

        foreach (var verb in ChangeVerbs)
        {
            var answer = await ChairCalls.InvokeAsync(App, verb, new JsonObject
            {
                ["itemId"] = id,
                ["version"] = 0,
                [ActionItemFields.DoneNote] = "Gedaan.",
                [ActionItemFields.NewDueDate] = "2027-03-01",
                [ActionItemFields.PostponeReason] = "Later.",
                [ActionItemFields.NotPossibleReason] = "Gaat niet.",
            }, user, conversation: "a:" + user);

            switch (expected)
            {
                case "not-allowed":
                    Assert.Contains(ActionItemMessages.NotAllowed, answer.TextBlocks);
                    AssertReadOnly(answer);
                    break;
                case "not-found":
                    Assert.Equal(ActionItemMessages.NotFound, answer.Message);
                    break;
                case "role":
                    Assert.Equal(PmgBot.Core.Turns.NotAllowed.Text, answer.Message);
                    break;
                default:
                    Assert.Contains("geen toegang", answer.Raw, StringComparison.OrdinalIgnoreCase);
                    Assert.DoesNotContain("Stopgesprek", answer.Raw, StringComparison.Ordinal);
                    Assert.DoesNotContain("Gesprek met ouders", answer.Raw, StringComparison.Ordinal);
                    break;
            }
        }

        Assert.Equal((ActionItemState.Open, 0), await StateAsync(id));
        Assert.Equal(0, await App.QueryAsync(db => db.Set<ActionItemChange>().CountAsync()));
        Assert.Equal(0, await App.QueryAsync(db => db.OutboxMessages.CountAsync(m => m.DedupKey!.Contains(":not-possible:"))));

        // The owner's own refresh still offers the buttons, and the tick works.
        var owner = item == 0 ? TestDirectory.Casusregisseur : TestDirectory.Politie;
        var refresh = await ChairCalls.InvokeAsync(App, ActionVerbs.OpenItem, new JsonObject { ["itemId"] = id }, owner);
        Assert.True(refresh.HasInput(ActionItemFields.DoneNote));
        var done = await ChairCalls.InvokeAsync(App, ActionVerbs.CompleteItem, new JsonObject { ["itemId"] = id, ["version"] = 0 }, owner);
        Assert.Contains(ActionItemMessages.Completed, done.TextBlocks);
    }

    /// <summary>user, what their refresh of Cas Regie's ticked-off item shows: "done" (read-only, who and when), "not-found" or "role".</summary>
    public static TheoryData<string, string> Viewers => new()
    {
        { TestDirectory.Casusregisseur, "done" },           // the owner: done now, nothing left to change
        { TestDirectory.VoorzitterHeerlen, "done" },
        { TestDirectory.TweedeVoorzitterHeerlen, "done" },
        { TestDirectory.ProcesregisseurHeerlen, "done" },
        { TestDirectory.Politie, "not-found" },
        { TestDirectory.Melder, "not-found" },
        { TestDirectory.VoorzitterBrunssum, "not-found" },
        { TestDirectory.Programmamanager, "role" },
    };

    [Theory]
    [MemberData(nameof(Viewers))]
    public async Task OpenItem_RefreshAfterTheOwnerTickedOff_ReadOnlyDoneViewOrNothing(string user, string expected)
    {
        var items = await RecordAsync();
        var done = await ChairCalls.InvokeAsync(App, ActionVerbs.CompleteItem,
            new JsonObject { ["itemId"] = items[0], ["version"] = 0, [ActionItemFields.DoneNote] = "Gesprek gevoerd." }, TestDirectory.Casusregisseur);
        Assert.Contains(ActionItemMessages.Completed, done.TextBlocks);

        var refresh = await ChairCalls.InvokeAsync(App, ActionVerbs.OpenItem, new JsonObject { ["itemId"] = items[0] }, user, conversation: "a:" + user);

        switch (expected)
        {
            case "done":
                Assert.Contains(refresh.TextRuns, t => t.StartsWith("Afgerond door Cas Regie op ", StringComparison.Ordinal));
                Assert.Contains("Gesprek gevoerd.", refresh.TextRuns);
                AssertReadOnly(refresh);
                // The refresh keeps its own refresh for the next viewer.
                Assert.Equal(ActionVerbs.OpenItem, refresh.Card["refresh"]!["action"]!["verb"]!.GetValue<string>());
                break;
            case "not-found":
                Assert.Equal(ActionItemMessages.NotFound, refresh.Message);
                break;
            default:
                Assert.Equal(PmgBot.Core.Turns.NotAllowed.Text, refresh.Message);
                break;
        }
    }

    [Theory]
    [InlineData(TestDirectory.Casusregisseur, 0, true)]            // owner
    [InlineData(TestDirectory.Casusregisseur, 1, false)]           // casusregisseur, someone else's item
    [InlineData(TestDirectory.Politie, 1, true)]                   // owner
    [InlineData(TestDirectory.VoorzitterHeerlen, 1, true)]         // chair of the JPP
    [InlineData(TestDirectory.ProcesregisseurHeerlen, 0, true)]    // procesregisseur of the JPP
    public async Task OpenItem_RefreshOfAnOpenItem_ButtonsOnlyForOwnerAndChairs(string user, int item, bool buttons)
    {
        var items = await RecordAsync();

        var refresh = await ChairCalls.InvokeAsync(App, ActionVerbs.OpenItem, new JsonObject { ["itemId"] = items[item] }, user, conversation: "a:" + user);

        Assert.Equal(item == 0 ? "Gesprek met ouders plannen" : "Stopgesprek houden", refresh.TextRuns.Single(t => t is "Gesprek met ouders plannen" or "Stopgesprek houden"));
        if (buttons)
        {
            Assert.All(ChangeInputs, i => Assert.True(refresh.HasInput(i), i));
            Assert.Equal(ChangeVerbs.Order(StringComparer.Ordinal), Verbs(refresh).Where(ChangeVerbs.Contains).Order(StringComparer.Ordinal));
        }
        else
        {
            AssertReadOnly(refresh);
        }
    }

    private static void AssertReadOnly(ChairAnswer answer)
    {
        Assert.All(ChangeInputs, i => Assert.False(answer.HasInput(i), i));
        Assert.DoesNotContain(Verbs(answer), ChangeVerbs.Contains);
    }

    private static IEnumerable<string> Verbs(ChairAnswer answer) =>
        answer.Elements.Where(e => (string?)e["type"] == "Action.Execute").Select(e => (string?)e["verb"] ?? "");

    private Task<(ActionItemState State, int Version)> StateAsync(long id) =>
        App.QueryAsync(async db =>
        {
            var item = await db.Set<ActionItem>().Where(i => i.Id == id).Select(i => new { i.State, i.Version }).SingleAsync();
            return (item.State, item.Version);
        });

    /// <summary>
    /// PMG-J-0017 on the agenda of a meeting that started an hour ago; the owners, the chair and every viewer of the
    /// tables have a personal chat; the chair records vervolg with two items (Cas Regie, Paula Politie). Returns the ids.
    /// </summary>
    private async Task<IReadOnlyList<long>> RecordAsync()
    {
        foreach (var user in new[] { TestDirectory.Casusregisseur, TestDirectory.Politie, TestDirectory.VoorzitterHeerlen })
        {
            await App.PostAndWaitAsync(TestActivities.Message("help", user, conversation: "a:" + user));
        }

        var youthId = await ChairYouths.InsertDefaultAsync(App);
        var now = App.Services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        var meetingId = await App.QueryAsync(async db =>
        {
            var meeting = new JppMeeting { JppId = "jpp-heerlen", StartsAtUtc = now.AddHours(-1) };
            db.JppMeetings.Add(meeting);
            await db.SaveChangesAsync();
            db.Set<MeetingAgendaItem>().Add(new MeetingAgendaItem
            {
                MeetingId = meeting.Id, YouthId = youthId, Sources = AgendaItemSources.Chair, Status = AgendaItemStatus.Active, AddedAtUtc = now.AddDays(-7),
            });
            await db.SaveChangesAsync();
            return meeting.Id;
        });
        string Date(int days) => DateOnly.FromDateTime(now.AddDays(days)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var answer = await ChairCalls.InvokeAsync(App, ActionVerbs.RecordDecision, new JsonObject
        {
            ["code"] = ChairYouths.Code,
            ["meetingId"] = meetingId,
            ["version"] = 0,
            [DecisionFields.Decision] = "vervolg",
            [DecisionFields.Casusregisseur] = TestDirectory.Casusregisseur,
            [DecisionFields.NextReview] = Date(60),
            [DecisionFields.ItemOwner(1)] = TestDirectory.Casusregisseur,
            [DecisionFields.ItemWhat(1)] = "Gesprek met ouders plannen",
            [DecisionFields.ItemDueDate(1)] = Date(14),
            [DecisionFields.ItemOwner(2)] = TestDirectory.Politie,
            [DecisionFields.ItemWhat(2)] = "Stopgesprek houden",
            [DecisionFields.ItemDueDate(2)] = Date(21),
        }, TestDirectory.VoorzitterHeerlen, conversation: "a:" + TestDirectory.VoorzitterHeerlen);
        Assert.Contains(DecisionMessages.Recorded(2), answer.TextBlocks);
        return await App.QueryAsync(async db => (IReadOnlyList<long>)await db.Set<ActionItem>().OrderBy(i => i.Id).Select(i => i.Id).ToListAsync());
    }
}
