using PmgBot.Bot.Routing;
using PmgBot.Cards;
using PmgBot.Cards.Data;
using PmgBot.Core.Access;
using PmgBot.Core.Audit;
using PmgBot.Core.Directory;
using PmgBot.Core.Register.Reports;
using PmgBot.Core.Time;

namespace PmgBot.Bot.Flows.Reports;

/// <summary>
/// "Zorg melden" in personal chat: one card (<c>report</c>), validated on the server field by field, stored once per
/// card instance by <see cref="IReportService"/>, answered with the <c>report-confirmation</c> card. Nothing about the
/// report goes into message text.
/// </summary>
public sealed class ReportFlow(
    ICardRenderer cards, IAccessService access, IReportService reports, IProfessionalDirectory directory, IAuditLog audit, TimeProvider time)
{
    /// <summary>Shows a fresh report card (menu, commands, natural phrasing, "Nieuwe melding").</summary>
    public async Task OpenAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var user = turn.User ?? throw new InvalidOperationException("Needs a registered user.");
        if (!access.Allows(user.Roles, BotAction.SubmitReport))
        {
            await NotAllowed.ShowAsync(turn, cancellationToken).ConfigureAwait(false);
            return;
        }

        await ShowFormAsync(turn, user, ReportCards.NewCardId(), new ReportCardValues(), new ReportCardErrors(), false, null, cancellationToken).ConfigureAwait(false);
    }

    /// <summary><c>report.submit</c>: validate, store once, confirm; or the same card again with a message per field.</summary>
    public async Task SubmitAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var user = turn.User ?? throw new InvalidOperationException("Needs a registered user.");
        if (!access.Allows(user.Roles, BotAction.SubmitReport))
        {
            await audit.RecordAsync(user.AadObjectId, AuditActions.ReportSubmit, "report", null, AuditOutcomes.Rejected, "reason=role", cancellationToken).ConfigureAwait(false);
            await NotAllowed.ShowAsync(turn, cancellationToken).ConfigureAwait(false);
            return;
        }

        if (ReportFormReader.Version(turn.ActionData) != ReportCardData.CurrentVersion)
        {
            await ShowFreshFormAsync(turn, user, ReportCards.OldCardMessage, cancellationToken).ConfigureAwait(false);
            return;
        }

        if (ReportFormReader.CardId(turn.ActionData) is not { } cardId)
        {
            await ShowFreshFormAsync(turn, user, ReportCards.IncompleteCardMessage, cancellationToken).ConfigureAwait(false);
            return;
        }

        var form = ReportFormReader.Read(turn.ActionData);
        var municipalities = await directory.ListMunicipalitiesAsync(cancellationToken).ConfigureAwait(false);
        var validation = ReportValidator.Validate(cardId, form, [.. municipalities.Select(m => m.Id)], AmsterdamTime.Today(time));
        if (!validation.IsValid)
        {
            await ShowFormAsync(turn, user, cardId, ReportCards.ValuesOf(form), ReportCards.ErrorsOf(validation.Errors),
                validation.AskAgeConfirmation, ReportCards.CheckFieldsMessage, cancellationToken).ConfigureAwait(false);
            return;
        }

        var result = await reports.SubmitAsync(user, validation.Submission!, cancellationToken).ConfigureAwait(false);
        switch (result.Outcome)
        {
            case ReportSubmitOutcome.Stored:
            case ReportSubmitOutcome.AlreadyStored:
                var report = result.Report!;
                var steps = await reports.GetNextStepsAsync(report, cancellationToken).ConfigureAwait(false);
                var confirmation = ReportCards.Confirmation(report, steps, result.Alerted);
                await turn.ShowCardAsync(cards.Render(CardTemplateNames.ReportConfirmation, confirmation), cancellationToken).ConfigureAwait(false);
                break;
            case ReportSubmitOutcome.NoJpp:
            case ReportSubmitOutcome.UnknownMunicipality:
                var message = result.Outcome == ReportSubmitOutcome.NoJpp ? ReportCards.NoJppMessage : "Kies een gemeente uit de lijst.";
                await ShowFormAsync(turn, user, cardId, ReportCards.ValuesOf(form), new ReportCardErrors(Municipality: message),
                    validation.AskAgeConfirmation, ReportCards.CheckFieldsMessage, cancellationToken).ConfigureAwait(false);
                break;
            case ReportSubmitOutcome.CardOfSomeoneElse:
                await ShowFreshFormAsync(turn, user, ReportCards.OtherReportersCardMessage, cancellationToken).ConfigureAwait(false);
                break;
            case ReportSubmitOutcome.NotAllowed:
            default:
                await NotAllowed.ShowAsync(turn, cancellationToken).ConfigureAwait(false);
                break;
        }
    }

    private Task ShowFreshFormAsync(TurnContext turn, ProfessionalProfile user, string message, CancellationToken cancellationToken) =>
        ShowFormAsync(turn, user, ReportCards.NewCardId(), new ReportCardValues(), new ReportCardErrors(), false, message, cancellationToken);

    private async Task ShowFormAsync(TurnContext turn, ProfessionalProfile user, string cardId, ReportCardValues values, ReportCardErrors errors,
        bool askAge, string? message, CancellationToken cancellationToken)
    {
        var municipalities = await directory.ListMunicipalitiesAsync(cancellationToken).ConfigureAwait(false);
        var choices = municipalities.Select(m => new ChoiceData(m.Name, m.Id)).ToList();
        var data = new ReportCardData(cardId, ReportCardData.CurrentVersion, user.OrganisationName, choices, values, errors, askAge, message);
        await turn.ShowCardAsync(cards.Render(CardTemplateNames.Report, data), cancellationToken).ConfigureAwait(false);
    }
}
