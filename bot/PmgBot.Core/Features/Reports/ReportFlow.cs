using System.Text.Json;
using System.Text.Json.Nodes;
using PmgBot.Cards;
using PmgBot.Cards.Data;
using PmgBot.Core.Access;
using PmgBot.Core.Audit;
using PmgBot.Core.Directory;
using PmgBot.Core.Protocol;
using PmgBot.Core.Time;
using PmgBot.Core.Turns;

namespace PmgBot.Core.Features.Reports;

/// <summary>
/// "Zorg melden" in personal chat: one card (<c>report</c>), validated on the server field by field, stored once per
/// card instance by <see cref="IReportService"/>, answered with the <c>report-confirmation</c> card. Nothing about the
/// report goes into message text.
/// </summary>
public sealed class ReportFlow(
    ICardRenderer cards, IAccessService access, IReportService reports, IProfessionalDirectory directory, IAuditLog audit, TimeProvider time)
{
    private static readonly IReadOnlyDictionary<string, string> NoErrors = new Dictionary<string, string>();

    /// <summary>Shows a fresh report card (menu, commands, natural phrasing, "Nieuwe melding").</summary>
    public async Task OpenAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (await NotAllowed.AllowedUserAsync(access, turn, BotAction.SubmitReport, cancellationToken).ConfigureAwait(false) is not { } user)
        {
            return;
        }

        await ShowFormAsync(turn, user, ReportCards.NewCardId(), ReportForm.Fresh, NoErrors, false, null, cancellationToken).ConfigureAwait(false);
    }

    /// <summary><c>report.submit</c>: validate, store once, confirm; or the same card again with a message per field.</summary>
    public async Task SubmitAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var user = turn.User ?? throw new InvalidOperationException("Needs a registered user.");
        var answer = await AnswerSubmitAsync(user, turn.ActionData, cancellationToken).ConfigureAwait(false);
        if (answer.Kind == ReportSubmitAnswerKind.NotAllowed)
        {
            await NotAllowed.ShowAsync(turn, cancellationToken).ConfigureAwait(false);
            return;
        }

        await turn.ShowCardAsync(answer.Card!, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>A fresh report card for <paramref name="user"/>, its inputs filled with <paramref name="values"/> (e.g. a message's text as description).</summary>
    public Task<JsonObject> NewFormAsync(ProfessionalProfile user, ReportForm values, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        return RenderFormAsync(user, ReportCards.NewCardId(), values, NoErrors, false, null, cancellationToken);
    }

    /// <summary>
    /// The steps of a submit that do not depend on where the card is shown: role check, card version and id, validation,
    /// storing once per card id (<see cref="IReportService"/>), and the card to show for the outcome.
    /// </summary>
    public async Task<ReportSubmitAnswer> AnswerSubmitAsync(ProfessionalProfile user, JsonElement? data, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (!access.Allows(user.Roles, BotAction.SubmitReport))
        {
            await audit.RecordAsync(user.AadObjectId, AuditActions.ReportSubmit, "report", null, AuditOutcomes.Rejected, "reason=role", cancellationToken).ConfigureAwait(false);
            return new ReportSubmitAnswer(ReportSubmitAnswerKind.NotAllowed, null, null);
        }

        var form = CardSubmitData.ReadAsText<ReportForm>(data);
        if (form.CardVersion != ReportCardData.CurrentVersion)
        {
            return await FreshFormAsync(user, ReportCards.OldCardMessage, cancellationToken).ConfigureAwait(false);
        }

        if (form.CardKey is not { } cardId)
        {
            return await FreshFormAsync(user, ReportCards.IncompleteCardMessage, cancellationToken).ConfigureAwait(false);
        }

        var municipalities = await directory.ListMunicipalitiesAsync(cancellationToken).ConfigureAwait(false);
        var validation = ReportValidator.Validate(cardId, form, [.. municipalities.Select(m => m.Id)], AmsterdamTime.Today(time));
        if (!validation.IsValid)
        {
            return await FormAsync(user, cardId, form.Shown(), validation.Errors,
                validation.AskAgeConfirmation, ReportCards.CheckFieldsMessage, cancellationToken).ConfigureAwait(false);
        }

        var result = await reports.SubmitAsync(user, validation.Submission!, cancellationToken).ConfigureAwait(false);
        switch (result.Outcome)
        {
            case ReportSubmitOutcome.Stored:
            case ReportSubmitOutcome.AlreadyStored:
                var report = result.Report!;
                var steps = await reports.GetNextStepsAsync(report, cancellationToken).ConfigureAwait(false);
                var confirmation = ReportCards.Confirmation(report, steps, result.Alerted);
                return new ReportSubmitAnswer(ReportSubmitAnswerKind.Confirmation,
                    cards.Render(CardTemplateNames.ReportConfirmation, confirmation), report.Reference);
            case ReportSubmitOutcome.NoJpp:
            case ReportSubmitOutcome.UnknownMunicipality:
                var message = result.Outcome == ReportSubmitOutcome.NoJpp ? ReportCards.NoJppMessage : ReportTexts.MunicipalityUnknown;
                return await FormAsync(user, cardId, form.Shown(), new Dictionary<string, string> { [ReportFields.Municipality] = message },
                    validation.AskAgeConfirmation, ReportCards.CheckFieldsMessage, cancellationToken).ConfigureAwait(false);
            case ReportSubmitOutcome.CardOfSomeoneElse:
                return await FreshFormAsync(user, ReportCards.OtherReportersCardMessage, cancellationToken).ConfigureAwait(false);
            case ReportSubmitOutcome.NotAllowed:
            default:
                return new ReportSubmitAnswer(ReportSubmitAnswerKind.NotAllowed, null, null);
        }
    }

    private Task<ReportSubmitAnswer> FreshFormAsync(ProfessionalProfile user, string message, CancellationToken cancellationToken) =>
        FormAsync(user, ReportCards.NewCardId(), ReportForm.Fresh, NoErrors, false, message, cancellationToken);

    private async Task<ReportSubmitAnswer> FormAsync(ProfessionalProfile user, string cardId, ReportForm values, IReadOnlyDictionary<string, string> errors,
        bool askAge, string? message, CancellationToken cancellationToken) =>
        new(ReportSubmitAnswerKind.Form,
            await RenderFormAsync(user, cardId, values, errors, askAge, message, cancellationToken).ConfigureAwait(false), null);

    private async Task ShowFormAsync(TurnContext turn, ProfessionalProfile user, string cardId, ReportForm values, IReadOnlyDictionary<string, string> errors,
        bool askAge, string? message, CancellationToken cancellationToken) =>
        await turn.ShowCardAsync(await RenderFormAsync(user, cardId, values, errors, askAge, message, cancellationToken).ConfigureAwait(false),
            cancellationToken).ConfigureAwait(false);

    private async Task<JsonObject> RenderFormAsync(ProfessionalProfile user, string cardId, ReportForm values, IReadOnlyDictionary<string, string> errors,
        bool askAge, string? message, CancellationToken cancellationToken)
    {
        var municipalities = await directory.ListMunicipalitiesAsync(cancellationToken).ConfigureAwait(false);
        var choices = municipalities.Select(m => new ChoiceData(m.Name, m.Id)).ToList();
        var data = new ReportCardData(cardId, ReportCardData.CurrentVersion, user.OrganisationName, choices, values, errors, askAge, message);
        return cards.Render(CardTemplateNames.Report, data);
    }
}
