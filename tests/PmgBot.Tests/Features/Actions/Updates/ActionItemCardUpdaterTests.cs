using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using PmgBot.Cards;
using PmgBot.Cards.Localization;
using PmgBot.Core.Access;
using PmgBot.Core.Audit;
using PmgBot.Core.Conversations;
using PmgBot.Core.Data;
using PmgBot.Core.Directory;
using PmgBot.Core.Features.Actions;
using PmgBot.Core.Features.Actions.Decisions;
using PmgBot.Core.Features.Actions.Updates;
using PmgBot.Core.Outbox;
using PmgBot.Core.Protocol;
using PmgBot.Tests.Features.Actions.Decisions;
using PmgBot.Tests.Integration;
using PmgBot.Tests.Storage;
using PmgBot.Tests.Support;

namespace PmgBot.Tests.Features.Actions.Updates;

/// <summary>
/// The record of sent item cards and their replacement after a change, on both providers: each recorded card gets one
/// replacement per version of the item, rendered for its receiver without the youth's details.
/// </summary>
[Collection(PostgresServerCollection.Name)]
public sealed class ActionItemCardUpdaterTests(PostgresServer postgres)
{
    [Theory]
    [MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task UpdateAsync_RecordedCard_OneReplacementPerVersionForItsChat(StorageProvider provider)
    {
        await using var scenario = await ScenarioAsync(provider);
        var item = await ItemOfAsync(scenario, TestDirectory.Casusregisseur);
        var original = await EnqueueCardAsync(scenario, "a:cas");

        await WithUpdaterAsync(scenario, u => u.RecordAsync([new SentCard(item, TestDirectory.Casusregisseur, original)], default));
        await WithUpdaterAsync(scenario, u => u.RecordAsync([new SentCard(item, TestDirectory.Casusregisseur, original)], default));
        var first = await WithUpdaterAsync(scenario, u => u.UpdateAsync(item, default));
        var again = await WithUpdaterAsync(scenario, u => u.UpdateAsync(item, default));

        Assert.Equal((1, 1), (first, again));
        await using var db = scenario.Database.CreateContext();
        Assert.Equal(1, await db.Set<ActionItemCardMessage>().CountAsync());
        var replacement = await db.OutboxMessages.SingleAsync(m => m.ReplacesMessageId == original);
        Assert.Equal(($"action-item:{item}:v0:replaces:{original:N}", "a:cas"), (replacement.DedupKey, replacement.ConversationId));
        var activity = JsonNode.Parse(replacement.ActivityJson)!;
        Assert.Equal("Actiepunt bij casus PMG-J-0001, uiterlijk 8 december 2026: open.", activity["text"]!.GetValue<string>());
        Assert.DoesNotContain("Fictief", replacement.ActivityJson, StringComparison.Ordinal);
        Assert.Contains(ActionVerbs.CompleteItem, replacement.ActivityJson, StringComparison.Ordinal);
    }

    /// <summary>Issue 16: the replacement follows its receiver's stored language, not the language of the turn that changed the item.</summary>
    [Theory]
    [InlineData("en-GB", "nl-NL", "Action item for case PMG-J-0001, due 8 December 2026: open.", "en-US")]
    [InlineData(null, "en-US", "Actiepunt bij casus PMG-J-0001, uiterlijk 8 december 2026: open.", "nl-NL")]
    public async Task UpdateAsync_ReceiversStoredLocale_ReplacementInTheirLanguage(string? receiverLocale, string turnLocale, string text, string activityLocale)
    {
        await using var scenario = await ScenarioAsync(StorageProvider.Sqlite);
        var item = await ItemOfAsync(scenario, TestDirectory.Casusregisseur);
        var original = await EnqueueCardAsync(scenario, "a:cas");
        await scenario.CaptureCasusregisseurChatAsync(receiverLocale);
        await WithUpdaterAsync(scenario, u => u.RecordAsync([new SentCard(item, TestDirectory.Casusregisseur, original)], default));

        using (BotLanguage.Use(turnLocale))
        {
            Assert.Equal(1, await WithUpdaterAsync(scenario, u => u.UpdateAsync(item, default)));
        }

        await using var db = scenario.Database.CreateContext();
        var activity = JsonNode.Parse((await db.OutboxMessages.SingleAsync(m => m.ReplacesMessageId == original)).ActivityJson)!;
        Assert.Equal((text, activityLocale), (activity["text"]!.GetValue<string>(), activity["locale"]!.GetValue<string>()));
    }

    [Theory]
    [MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task UpdateAsync_ReceiverDeactivatedOrNothingRecorded_NothingQueued(StorageProvider provider)
    {
        await using var scenario = await ScenarioAsync(provider);
        var item = await ItemOfAsync(scenario, TestDirectory.Politie);
        var other = await ItemOfAsync(scenario, TestDirectory.Casusregisseur);
        var original = await EnqueueCardAsync(scenario, "a:politie");
        await WithUpdaterAsync(scenario, u => u.RecordAsync([new SentCard(item, TestDirectory.Politie, original)], default));
        await using (var db = scenario.Database.CreateContext())
        {
            var police = await db.Professionals.SingleAsync(p => p.AadObjectId == TestDirectory.Politie);
            police.Active = false;
            await db.SaveChangesAsync();
        }

        Assert.Equal(0, await WithUpdaterAsync(scenario, u => u.UpdateAsync(item, default)));
        Assert.Equal(0, await WithUpdaterAsync(scenario, u => u.UpdateAsync(other, default)));
        await using var check = scenario.Database.CreateContext();
        Assert.Equal(0, await check.OutboxMessages.CountAsync(m => m.ReplacesMessageId != null));
    }

    private async Task<DecisionScenario> ScenarioAsync(StorageProvider provider)
    {
        var scenario = await DecisionScenario.CreateAsync(provider, postgres);
        var result = await scenario.RecordAsync(TestDirectory.VoorzitterHeerlen, await scenario.VervolgAsync());
        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        return scenario;
    }

    private static async Task<long> ItemOfAsync(DecisionScenario scenario, string ownerId)
    {
        await using var db = scenario.Database.CreateContext();
        return await db.Set<ActionItem>().Where(i => i.OwnerId == ownerId).Select(i => i.Id).SingleAsync();
    }

    private static async Task<Guid> EnqueueCardAsync(DecisionScenario scenario, string conversationId)
    {
        await using var scope = scenario.Database.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PmgDbContext>();
        var outbox = new PmgBot.Core.Outbox.Outbox(db, new OutboxSignal(scenario.Database.Clock), scenario.Database.Clock);
        var target = new ConversationReference("https://smba.example/emea/", conversationId, TestDatabase.AllowedTenant, null, null, "28:bot", "msteams", "personal");
        return await outbox.EnqueueAsync(target, new Activity { Type = ActivityTypes.Message, Text = "Nieuw actiepunt" }, "card:" + conversationId, default);
    }

    private static async Task<T> WithUpdaterAsync<T>(DecisionScenario scenario, Func<ActionItemCardUpdater, Task<T>> action)
    {
        await using var scope = scenario.Database.CreateScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<PmgDbContext>();
        var clock = scenario.Database.Clock;
        var items = new ActionItemService(db, services.GetRequiredService<IAccessService>(), services.GetRequiredService<ICaseRelations>(),
            services.GetRequiredService<IAuditLog>(), clock);
        var references = new ConversationReferenceStore(db, new RecentConversationReferences(clock), clock, NullLogger<ConversationReferenceStore>.Instance);
        var updater = new ActionItemCardUpdater(db, items, services.GetRequiredService<IProfessionalDirectory>(), new ActionItemCards(new CardRenderer(), references),
            new PmgBot.Core.Outbox.Outbox(db, new OutboxSignal(clock), clock), new RecipientLanguages(references), clock, NullLogger<ActionItemCardUpdater>.Instance);
        return await action(updater);
    }

    private static Task WithUpdaterAsync(DecisionScenario scenario, Func<ActionItemCardUpdater, Task> action) =>
        WithUpdaterAsync(scenario, async u =>
        {
            await action(u);
            return 0;
        });
}
