using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using PmgBot.Core.Access;
using PmgBot.Core.Features.Actions;
using PmgBot.Core.Features.Directory;
using PmgBot.Core.Features.Meetings.Digest;
using PmgBot.Core.Features.Register;
using PmgBot.Core.Features.Reports;
using PmgBot.Core.Features.Screening;
using PmgBot.Core.Features.Welcome.Intents;
using PmgBot.Core.Protocol;
using PmgBot.Core.Turns;

namespace PmgBot.Core.Features.Welcome;

/// <summary>
/// Personal-chat text that no command matched exactly: the intent recogniser decides ("melidng", "hallo",
/// "Jan de Vries 12-03-2010", "I want to report a concern"). A clear intent runs its flow (which checks access as
/// always); two close ones are offered as "Bedoel je …?" with a button each; nothing recognised gets "Dat begrijp ik
/// niet" with the menu. The text itself is never logged (it may hold a youth's name).
/// </summary>
public sealed class PersonalFallbackFlow(IntentRecognizer recognizer, MenuFlow menu, IAccessService access, IHostEnvironment environment)
{
    public Task HandleAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var match = recognizer.Recognize(MentionText.StripBotMention(turn.Activity));
        var user = turn.User;
        var candidates = match.Intent == Intent.None || user is null
            ? [match.Intent]
            : IntentVerbs.Candidates(match, verb => MenuCatalog.Items.Any(item => item.Verb == verb && access.Allows(user.Roles, item.Action)));
        var choices = candidates.Select(IntentVerbs.Of).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        if (choices.Count > 1)
        {
            return menu.ShowChoicesAsync(turn, choices, cancellationToken);
        }

        // The best intent this user may use; when none of them, the best one, whose flow says it is not for this role.
        var intent = candidates.Count > 0 ? candidates[0] : match.Intent;
        return intent switch
        {
            Intent.Help => menu.ShowAsync(turn, cancellationToken),
            Intent.Report => Flow<ReportFlow>(turn).OpenAsync(turn, cancellationToken),
            Intent.MyReports => Flow<MyReportsFlow>(turn).ShowAsync(turn, cancellationToken),
            Intent.Lookup => Flow<LookupFlow>(turn).LookupTextAsync(turn, LookupText(match), cancellationToken),
            Intent.MyCases => Flow<MyCasesFlow>(turn).ShowAsync(turn, cancellationToken),
            Intent.MyDetails => Flow<MyDetailsFlow>(turn).ShowAsync(turn, cancellationToken),
            Intent.Privacy => Flow<PrivacyFlow>(turn).ShowAsync(turn, cancellationToken),
            Intent.NetworkOverview => Flow<NetworkOverviewFlow>(turn).ShowAsync(turn, cancellationToken),
            Intent.Screening => Flow<ScreeningFlow>(turn).ShowQueueAsync(turn, cancellationToken),
            Intent.RoleSwitch when environment.IsDevelopment() => Flow<RoleSwitchFlow>(turn).ShowAsync(turn, cancellationToken),
            Intent.MyActions => Flow<ActionItemFlow>(turn).MineAsync(turn, cancellationToken),
            Intent.Actions => Flow<ActionItemFlow>(turn).JppAsync(turn, cancellationToken),
            Intent.Agenda => Flow<MeetingDigestFlow>(turn).ShowAsync(turn, cancellationToken),
            _ => menu.NotUnderstoodAsync(turn, cancellationToken),
        };
    }

    /// <summary>The name and date of birth the recogniser left over, as typed ("Jan de Vries 12-03-2010").</summary>
    internal static string LookupText(IntentMatch match) =>
        string.Join(' ', match.Date is null ? match.Remainder : [.. match.Remainder, match.Date]);

    /// <summary>Only the flow the message asks for is built (flows are scoped to the turn).</summary>
    private static TFlow Flow<TFlow>(TurnContext turn)
        where TFlow : notnull => turn.Services.GetRequiredService<TFlow>();
}
