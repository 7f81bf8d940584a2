using PmgBot.Cards;
using PmgBot.Core.Access;
using PmgBot.Core.Audit;
using PmgBot.Core.Time;
using PmgBot.Core.Turns;

namespace PmgBot.Core.Features.Register;

/// <summary>"Mijn casussen": the youths the user is casusregisseur of, with level and the date of the last report (card, personal chat).</summary>
public sealed class MyCasesFlow(IAccessService access, IYouthRegister register, ICardRenderer cards, IAuditLog audit)
{
    public async Task ShowAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (await NotAllowed.AllowedUserAsync(access, turn, BotAction.ViewOwnCases, cancellationToken).ConfigureAwait(false) is not { } user)
        {
            return;
        }

        var cases = await register.ListOwnCasesAsync(user.AadObjectId, cancellationToken).ConfigureAwait(false);
        var data = new MyCasesCardData(
        [
            .. cases.Select(c => new MyCaseData(
                c.Code,
                c.FullName,
                YouthLevelText.Name(c.Level),
                YouthLevelText.Color(c.Level),
                c.LastReportAtUtc is { } last ? ShownDates.DayMonthYear(last) : RegisterTexts.NoReport)),
        ]);
        await audit.RecordAsync(
            user.AadObjectId,
            AuditActions.YouthListOwnCases,
            null,
            null,
            AuditOutcomes.Success,
            cases.Count == 0 ? "none" : "codes: " + string.Join(",", cases.Select(c => c.Code)),
            cancellationToken).ConfigureAwait(false);
        await turn.ShowCardAsync(cards.Render(CardTemplateNames.MyCases, data), cancellationToken).ConfigureAwait(false);
    }
}
