using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Microsoft.EntityFrameworkCore;
using PmgBot.Core.Audit;
using PmgBot.Core.Features.Actions.Decisions;
using PmgBot.Core.Features.Actions.Letters;
using PmgBot.Core.Features.Meetings.AgendaItems;
using PmgBot.Tests.Features.Actions.Decisions;
using PmgBot.Tests.Integration;
using PmgBot.Tests.Storage;
using PmgBot.Tests.Support;
using WordText = DocumentFormat.OpenXml.Wordprocessing.Text;

namespace PmgBot.Tests.Features.Actions.Letters;

/// <summary>
/// The casusregisseur's letter tasks on both providers (<see cref="LetterScenario"/>): the first decision makes exactly one
/// notificatiebrief, verstuurd / niet verstuurd is checked field by field and stores nothing half, only the casusregisseur
/// may act, the complimentbrief on request, and the draft with the stored facts read back from the .docx.
/// </summary>
[Collection(PostgresServerCollection.Name)]
public sealed class LetterTaskServiceTests(PostgresServer postgres)
{
    /// <summary>Today in the scenario is Tuesday 1 December 2026 (Amsterdam); the task was made that day; PMG-J-0001 is 15.</summary>
    private static readonly Dictionary<string, (bool Sent, string? Addressee, string? SentOn, string? Reason, string Field, string Message)> BadInput = new()
    {
        ["sent without addressee"] = (true, null, "2026-12-01", null, LetterTaskFields.Addressee, LetterTexts.ChooseAddressee),
        ["sent to an unknown addressee"] = (true, "buren", "2026-12-01", null, LetterTaskFields.Addressee, LetterTexts.ChooseAddressee),
        ["sent to a youth of 15"] = (true, "jongere", "2026-12-01", null, LetterTaskFields.Addressee, LetterTexts.YouthTooYoung(16)),
        ["sent without a date"] = (true, "ouders", " ", null, LetterTaskFields.SentOn, LetterTexts.ChooseSentOn),
        ["sent on an unreadable date"] = (true, "ouders", "gisteren", null, LetterTaskFields.SentOn, LetterTexts.SentOnNotADate),
        ["sent tomorrow"] = (true, "ouders", "2026-12-02", null, LetterTaskFields.SentOn, LetterTexts.SentOnInFuture),
        ["sent before the task existed"] = (true, "ouders", "2026-11-30", null, LetterTaskFields.SentOn, LetterTexts.SentOnBeforeTask),
        ["not sent without a reason"] = (false, null, null, "   ", LetterTaskFields.NotSentReason, LetterTexts.GiveReason),
        ["not sent with a reason too long"] = (false, null, null, new string('x', 501), LetterTaskFields.NotSentReason, LetterTexts.ReasonTooLong(500)),
    };

    public static TheoryData<StorageProvider, string> BadInputCases => StorageProviders.With(BadInput.Keys);

    [Theory]
    [MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task RecordDecision_FirstDecisionAboutAYouth_OneNotificatiebriefTaskForItsCasusregisseur(StorageProvider provider)
    {
        await using var scenario = await LetterScenario.CreateAsync(provider, postgres);

        var task = Assert.Single(await scenario.TasksAsync());

        Assert.Equal(
            (LetterKind.Notificatiebrief, 1, (long?)scenario.Decisions.Meeting, TestDirectory.Casusregisseur, LetterTaskState.Open, "jpp-heerlen",
                TestDirectory.VoorzitterHeerlen, DecisionScenario.DuringMeeting.UtcDateTime, 0),
            (task.Kind, task.Round, task.MeetingId, task.AssignedToId, task.State, task.JppId, task.CreatedById, task.CreatedAtUtc, task.Version));
    }

    [Theory]
    [MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task RecordDecision_SecondDecisionInALaterMeeting_NoSecondTaskAndTheKeyRefusesOne(StorageProvider provider)
    {
        await using var scenario = await LetterScenario.CreateAsync(provider, postgres);
        var later = scenario.Decisions.Agenda.AfterNext;
        await using (var db = scenario.Database.CreateContext())
        {
            var meeting = await db.Set<PmgBot.Core.Register.JppMeeting>().SingleAsync(m => m.Id == later);
            var youthId = scenario.Decisions.Agenda.Screened;
            db.Set<MeetingAgendaItem>().Add(new MeetingAgendaItem
            {
                MeetingId = later, YouthId = youthId, Sources = AgendaItemSources.Chair, Kind = AgendaItemKind.Vervolg,
                Status = AgendaItemStatus.Active, AddedAtUtc = meeting.StartsAtUtc.AddDays(-1),
            });
            await db.SaveChangesAsync();
            scenario.Database.Clock.Now = new DateTimeOffset(meeting.StartsAtUtc.AddHours(1), TimeSpan.Zero);
        }

        var second = await scenario.Decisions.RecordAsync(TestDirectory.VoorzitterHeerlen,
            (await scenario.Decisions.VervolgAsync()) with { MeetingId = later, NextReview = "2027-03-02", Items = [] });

        Assert.True(second.Succeeded, string.Join("; ", second.Errors));
        Assert.Equal(2, await CountAsync(scenario, db => db.Set<YouthDecision>().CountAsync()));
        var task = Assert.Single(await scenario.TasksAsync());
        Assert.Equal(scenario.Decisions.Meeting, task.MeetingId);
        await using (var db = scenario.Database.CreateContext())
        {
            db.Add(new LetterTask
            {
                YouthId = task.YouthId, Kind = LetterKind.Notificatiebrief, Round = 1, JppId = "jpp-heerlen", CreatedById = TestDirectory.VoorzitterHeerlen,
            });
            await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
        }
    }

    [Theory]
    [MemberData(nameof(BadInputCases))]
    public async Task RecordAsync_BadInput_OneDutchMessageForTheFieldAndNothingStored(StorageProvider provider, string name)
    {
        var (sent, addressee, sentOn, reason, field, message) = BadInput[name];
        await using var scenario = await LetterScenario.CreateAsync(provider, postgres);
        var taskId = await scenario.NotificationTaskAsync();

        var result = await scenario.WithServiceAsync(TestDirectory.Casusregisseur,
            (s, actor) => s.RecordAsync(actor, taskId, 0, sent, addressee, sentOn, reason, default));

        Assert.Equal((LetterTaskOutcome.Invalid, LetterTexts.Invalid), (result.Outcome, result.Message));
        Assert.Equal(new LetterFieldError(field, message), Assert.Single(result.Errors));
        var task = Assert.Single(await scenario.TasksAsync());
        Assert.Equal((LetterTaskState.Open, 0, (DateOnly?)null, (string?)null, (string?)null), (task.State, task.Version, task.SentOn, task.Reason, task.RecordedById));
        var audit = Assert.Single(await scenario.AuditAsync(LetterAuditActions.Record));
        Assert.Equal((AuditOutcomes.Rejected, "invalid:" + field), (audit.Outcome, audit.Detail));
    }

    [Theory]
    [MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task RecordAsync_SentToTheParents_StoredOnceAndASecondClickChangesNothing(StorageProvider provider)
    {
        await using var scenario = await LetterScenario.CreateAsync(provider, postgres);
        var taskId = await scenario.NotificationTaskAsync();

        var done = await scenario.WithServiceAsync(TestDirectory.Casusregisseur, (s, actor) => s.RecordAsync(actor, taskId, 0, true, "ouders", "2026-12-01", null, default));
        var again = await scenario.WithServiceAsync(TestDirectory.Casusregisseur, (s, actor) => s.RecordAsync(actor, taskId, 0, false, null, null, "Toch niet.", default));
        var view = await scenario.WithServiceAsync(TestDirectory.Casusregisseur, (s, actor) => s.GetAsync(actor, taskId, default));

        Assert.Equal((LetterTaskOutcome.Done, LetterTexts.Recorded(true)), (done.Outcome, done.Message));
        Assert.Equal(LetterTaskOutcome.Stale, again.Outcome);
        var task = Assert.Single(await scenario.TasksAsync());
        Assert.Equal(
            (LetterTaskState.Verstuurd, (LetterAddressee?)LetterAddressee.Ouders, (DateOnly?)new DateOnly(2026, 12, 1), (string?)null, TestDirectory.Casusregisseur,
                (DateTime?)DecisionScenario.DuringMeeting.UtcDateTime, 1),
            (task.State, task.Addressee, task.SentOn, task.Reason, task.RecordedById, task.RecordedAtUtc, task.Version));
        Assert.StartsWith("Verstuurd aan de ouders of verzorgers op 1 december 2026 (vastgelegd door Cas Regie op 1 december, 15:00)", LetterTexts.Status(view!), StringComparison.Ordinal);
        var audits = await scenario.AuditAsync(LetterAuditActions.Record);
        Assert.Equal(
            [(AuditOutcomes.Success, $"code=PMG-J-0001 kind=notificatiebrief round=1 state=verstuurd addressee=ouders on=2026-12-01"), (AuditOutcomes.Rejected, "stale")],
            audits.Select(a => (a.Outcome, a.Detail)));
        Assert.All(audits, a => Assert.Equal((LetterAuditActions.RecordType, taskId.ToString(System.Globalization.CultureInfo.InvariantCulture)), (a.RecordType, a.RecordId)));
    }

    [Theory]
    [MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task RecordAsync_NotSentWithAReason_StoredWithTheReasonAndTheReasonNeverAudited(StorageProvider provider)
    {
        await using var scenario = await LetterScenario.CreateAsync(provider, postgres);
        var taskId = await scenario.NotificationTaskAsync();

        var done = await scenario.WithServiceAsync(TestDirectory.Casusregisseur,
            (s, actor) => s.RecordAsync(actor, taskId, 0, false, null, null, "  Fictieve reden: ouders zijn al op de hoogte.  ", default));

        Assert.True(done.Succeeded);
        var task = Assert.Single(await scenario.TasksAsync());
        Assert.Equal((LetterTaskState.NietVerstuurd, "Fictieve reden: ouders zijn al op de hoogte.", (LetterAddressee?)null), (task.State, task.Reason, task.Addressee));
        Assert.DoesNotContain(await scenario.AuditAsync(LetterAuditActions.Record), a => (a.Detail ?? "").Contains("Fictie", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task EveryAction_SomeoneWhoIsNotTheCasusregisseur_NotFoundAndNothingStored(StorageProvider provider)
    {
        await using var scenario = await LetterScenario.CreateAsync(provider, postgres);
        var taskId = await scenario.NotificationTaskAsync();

        foreach (var other in new[] { TestDirectory.VoorzitterHeerlen, TestDirectory.Politie, TestDirectory.Melder, TestDirectory.VoorzitterBrunssum })
        {
            Assert.Null(await scenario.WithServiceAsync(other, (s, actor) => s.GetAsync(actor, taskId, default)));
            Assert.Null(await scenario.WithServiceAsync(other, (s, actor) => s.FindAsync(actor, "PMG-J-0001", LetterKind.Notificatiebrief, default)));
            Assert.Equal(LetterTaskOutcome.NotFound,
                (await scenario.WithServiceAsync(other, (s, actor) => s.RecordAsync(actor, taskId, 0, true, "ouders", "2026-12-01", null, default))).Outcome);
            Assert.Equal(LetterTaskOutcome.NotFound, (await scenario.WithServiceAsync(other, (s, actor) => s.CreateLinkAsync(actor, taskId, "ouders", default))).Outcome);
            Assert.Equal(LetterTaskOutcome.NotFound, (await scenario.WithServiceAsync(other, (s, actor) => s.RequestComplimentAsync(actor, "PMG-J-0001", default))).Outcome);
            Assert.Null(await scenario.WithServiceAsync(other, (s, actor) => s.WriteDraftAsync(actor, taskId, LetterAddressee.Ouders, default)));
        }

        var task = Assert.Single(await scenario.TasksAsync());
        Assert.Equal((LetterTaskState.Open, 0), (task.State, task.Version));
        Assert.All(await scenario.AuditAsync(LetterAuditActions.Record), a => Assert.Equal(AuditOutcomes.Rejected, a.Outcome));
    }

    [Theory]
    [MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task CreateLinkAsync_ParentsOrAYouthOf15_ALinkForTheCasusregisseurOnlyOrTheAgeMessage(StorageProvider provider)
    {
        await using var scenario = await LetterScenario.CreateAsync(provider, postgres);
        var taskId = await scenario.NotificationTaskAsync();

        var parents = await scenario.WithServiceAsync(TestDirectory.Casusregisseur, (s, actor) => s.CreateLinkAsync(actor, taskId, "ouders", default));
        var youth = await scenario.WithServiceAsync(TestDirectory.Casusregisseur, (s, actor) => s.CreateLinkAsync(actor, taskId, "jongere", default));
        var none = await scenario.WithServiceAsync(TestDirectory.Casusregisseur, (s, actor) => s.CreateLinkAsync(actor, taskId, null, default));

        Assert.Equal(LetterTaskOutcome.Done, parents.Outcome);
        Assert.StartsWith("https://pmgbot.example.nl/letters/draft?t=", parents.DownloadUrl, StringComparison.Ordinal);
        Assert.Equal(new LetterFieldError(LetterTaskFields.Addressee, LetterTexts.YouthTooYoung(16)), Assert.Single(youth.Errors));
        Assert.Equal(new LetterFieldError(LetterTaskFields.Addressee, LetterTexts.ChooseAddressee), Assert.Single(none.Errors));
        Assert.Null(youth.DownloadUrl);
        Assert.Equal([AuditOutcomes.Success, AuditOutcomes.Rejected, AuditOutcomes.Rejected], (await scenario.AuditAsync(LetterAuditActions.Link)).Select(a => a.Outcome));
    }

    [Theory]
    [MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task RequestComplimentAsync_AskedTwiceThenDone_OneOpenAtATimeThenTheNextRound(StorageProvider provider)
    {
        await using var scenario = await LetterScenario.CreateAsync(provider, postgres);

        var first = await scenario.WithServiceAsync(TestDirectory.Casusregisseur, (s, actor) => s.RequestComplimentAsync(actor, "pmg-j-0001", default));
        var again = await scenario.WithServiceAsync(TestDirectory.Casusregisseur, (s, actor) => s.RequestComplimentAsync(actor, "PMG-J-0001", default));
        await scenario.WithServiceAsync(TestDirectory.Casusregisseur, (s, actor) => s.RecordAsync(actor, first.TaskId!.Value, 0, true, "ouders", "2026-12-01", null, default));
        var next = await scenario.WithServiceAsync(TestDirectory.Casusregisseur, (s, actor) => s.RequestComplimentAsync(actor, "PMG-J-0001", default));

        Assert.Equal((LetterTaskOutcome.Done, LetterTexts.ComplimentMade), (first.Outcome, first.Message));
        Assert.Equal((first.TaskId, LetterTexts.ComplimentOpen), (again.TaskId, again.Message));
        Assert.NotEqual(first.TaskId, next.TaskId);
        var compliments = (await scenario.TasksAsync()).Where(t => t.Kind == LetterKind.Complimentbrief).ToList();
        Assert.Equal([(1, LetterTaskState.Verstuurd), (2, LetterTaskState.Open)], compliments.Select(t => (t.Round, t.State)));
        Assert.All(compliments, t => Assert.Equal((TestDirectory.Casusregisseur, (long?)null), (t.AssignedToId, t.MeetingId)));
    }

    [Theory]
    [MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task WriteDraftAsync_Casusregisseur_TheLetterNamesTheYouthTheCasusregisseurAndTheChair(StorageProvider provider)
    {
        await using var scenario = await LetterScenario.CreateAsync(provider, postgres);
        var taskId = await scenario.NotificationTaskAsync();

        var draft = await scenario.WithServiceAsync(TestDirectory.Casusregisseur, (s, actor) => s.WriteDraftAsync(actor, taskId, LetterAddressee.Ouders, default));

        Assert.NotNull(draft);
        Assert.Equal("notificatiebrief-PMG-J-0001-ouders.docx", draft.FileName);
        var text = Paragraphs(draft.Document.Content!);
        Assert.Equal("Heerlen, 1 december 2026", text[0]);
        Assert.Contains("Beste ouder(s) of verzorger(s) van Fictief Een,", text);
        Assert.Contains(text, p => p.Contains("Dat is Cas Regie van Jongerenwerk Voorbeeld.", StringComparison.Ordinal));
        Assert.Contains(text, p => p.Contains("06-12340006", StringComparison.Ordinal) && p.Contains("cas.regie@jongerenwerk.example", StringComparison.Ordinal));
        Assert.Contains("Vera Voorzitter, voorzitter van het JPP Heerlen", text);
    }

    internal static List<string> Paragraphs(byte[] docx)
    {
        using var stream = new MemoryStream(docx);
        using var document = WordprocessingDocument.Open(stream, isEditable: false);
        return document.MainDocumentPart!.Document!.Body!.Descendants<Paragraph>()
            .Select(p => string.Concat(p.Descendants<WordText>().Select(t => t.Text)))
            .ToList();
    }

    private static async Task<int> CountAsync(LetterScenario scenario, Func<PmgBot.Core.Data.PmgDbContext, Task<int>> count)
    {
        await using var db = scenario.Database.CreateContext();
        return await count(db);
    }
}
