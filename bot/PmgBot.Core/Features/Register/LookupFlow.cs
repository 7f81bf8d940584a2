using PmgBot.Cards;
using PmgBot.Core.Access;
using PmgBot.Core.Audit;
using PmgBot.Core.Directory;
using PmgBot.Core.Protocol;
using PmgBot.Core.Register;
using PmgBot.Core.Time;
using PmgBot.Core.Turns;

namespace PmgBot.Core.Features.Register;

/// <summary>
/// "Wie is de casusregisseur van Jan de Vries (12-03-2010)": the lookup by typed text or the search card, and opening a
/// youth by code (<c>youth.open</c>, used by notices and choice lists). What each user sees is decided by
/// <see cref="YouthAnswerer"/> (the access matrix); anyone without a relation gets exactly the answer for a youth that
/// does not exist. Every lookup and every opened code is audited with codes only.
/// </summary>
public sealed class LookupFlow(
    IAccessService access,
    IYouthRegister register,
    ICaseRelations relations,
    YouthAnswerer answerer,
    ICardRenderer cards,
    IAuditLog audit,
    TimeProvider time)
{
    /// <summary>The typed commands; the text after one of them is the name and optional date of birth.</summary>
    public static readonly IReadOnlyList<string> Commands =
    [
        "wie is de casusregisseur van",
        "wie is casusregisseur van",
        "wie is de casusregisseur",
        "casusregisseur van",
        "casusregisseur",
        "casusregisseur zoeken",
        "zoek casusregisseur",
        "zoek jongere",
    ];

    /// <summary>The one answer for "no youth", whether none exists or none may be shown to this user.</summary>
    public static string NotFoundText => NotAllowed.YouthNotFoundText;

    private const string AuditRecordType = "youth";

    public async Task OpenSearchAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (await NotAllowed.AllowedUserAsync(access, turn, BotAction.LookupYouth, cancellationToken).ConfigureAwait(false) is not { } user)
        {
            return;
        }

        await turn.ShowCardAsync(cards.Render(CardTemplateNames.YouthSearch, new YouthSearchCardData()), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>A typed lookup command, with or without a name and date of birth after it.</summary>
    public Task LookupCommandAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        return LookupTextAsync(turn, TextAfterCommand(MentionText.StripBotMention(turn.Activity)), cancellationToken);
    }

    /// <summary>A lookup the intent recogniser found in free text: <paramref name="nameAndDate"/> is what is left after the intent words.</summary>
    public async Task LookupTextAsync(TurnContext turn, string nameAndDate, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (await NotAllowed.AllowedUserAsync(access, turn, BotAction.LookupYouth, cancellationToken).ConfigureAwait(false) is not { } user)
        {
            return;
        }

        await LookupAsync(turn, user, YouthQueryParser.Parse(nameAndDate, AmsterdamTime.Today(time)), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The search card's "Zoeken" (inputs <c>name</c> and <c>dateOfBirth</c>).</summary>
    public async Task LookupCardAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (await NotAllowed.AllowedUserAsync(access, turn, BotAction.LookupYouth, cancellationToken).ConfigureAwait(false) is not { } user)
        {
            return;
        }

        var search = CardSubmitData.Read<YouthSearchCardData>(turn.ActionData);
        var query = YouthQueryParser.FromCard(search.Name, search.DateOfBirth, AmsterdamTime.Today(time));
        await LookupAsync(turn, user, query, cancellationToken).ConfigureAwait(false);
    }

    /// <summary><c>youth.open</c> with <c>{"code":"PMG-J-0017"}</c> (optionally <c>"source":"notice"</c>): the card after the access check.</summary>
    public async Task OpenYouthAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var user = RequireUser(turn);
        var open = CardSubmitData.Read<YouthOpenData>(turn.ActionData);
        var youth = await register.FindByCodeAsync(open.Code, relations.StoredFactsOf(user), cancellationToken).ConfigureAwait(false);
        var answer = await answerer.AnswerAsync(user, youth is null ? [] : [youth], cancellationToken).ConfigureAwait(false);
        await AuditAsync(user, AuditActions.YouthView, answer, cancellationToken).ConfigureAwait(false);
        if (string.Equals(open.Source, "notice", StringComparison.Ordinal))
        {
            await AuditAsync(user, AuditActions.MatchNoticeOpened, answer, cancellationToken).ConfigureAwait(false);
        }

        await ShowAsync(turn, answer, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The text after the longest lookup command the message starts with (whole words), as typed.</summary>
    internal static string TextAfterCommand(string text)
    {
        var normalised = CommandText.Normalise(text);
        var command = Commands
            .Select(CommandText.Normalise)
            .Where(c => normalised.Length == c.Length ? normalised == c : normalised.StartsWith(c + " ", StringComparison.Ordinal))
            .OrderByDescending(c => c.Length)
            .FirstOrDefault();
        if (command is null)
        {
            return text.Trim();
        }

        var words = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        return string.Join(' ', words.Skip(command.Split(' ').Length));
    }

    private async Task LookupAsync(TurnContext turn, ProfessionalProfile user, YouthQuery query, CancellationToken cancellationToken)
    {
        if (query.IsEmpty)
        {
            await turn.ShowCardAsync(cards.Render(CardTemplateNames.YouthSearch, new YouthSearchCardData()), cancellationToken).ConfigureAwait(false);
            return;
        }

        if (!query.IsValid)
        {
            await audit.RecordAsync(user.AadObjectId, AuditActions.YouthLookup, null, null, YouthLookupOutcomes.Invalid, null, cancellationToken).ConfigureAwait(false);
            var data = new YouthSearchCardData(
                query.NameText,
                query.DateOfBirth is { } date ? date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : "",
                query.NameError,
                query.DateError);
            await turn.ShowCardAsync(cards.Render(CardTemplateNames.YouthSearch, data), cancellationToken).ConfigureAwait(false);
            return;
        }

        var candidates = await register.SearchAsync(query.Name!, query.DateOfBirth, relations.StoredFactsOf(user), cancellationToken).ConfigureAwait(false);
        var answer = await answerer.AnswerAsync(user, candidates, cancellationToken).ConfigureAwait(false);
        await AuditAsync(user, AuditActions.YouthLookup, answer, cancellationToken).ConfigureAwait(false);
        await ShowAsync(turn, answer, cancellationToken).ConfigureAwait(false);
    }

    private Task AuditAsync(ProfessionalProfile user, string action, YouthAnswer answer, CancellationToken cancellationToken)
    {
        var recordId = answer.Codes.Count == 1 ? answer.Codes[0] : null;
        var detail = answer.Codes.Count > 1 ? "choices: " + string.Join(",", answer.Codes) : null;
        return audit.RecordAsync(user.AadObjectId, action, recordId is null ? null : AuditRecordType, recordId, answer.Outcome, detail, cancellationToken);
    }

    private static async Task ShowAsync(TurnContext turn, YouthAnswer answer, CancellationToken cancellationToken)
    {
        if (answer.Card is { } card)
        {
            await turn.ShowCardAsync(card, cancellationToken).ConfigureAwait(false);
            return;
        }

        await NotAllowed.ShowYouthNotFoundAsync(turn, cancellationToken).ConfigureAwait(false);
    }


    private static ProfessionalProfile RequireUser(TurnContext turn) =>
        turn.User ?? throw new InvalidOperationException("The lookup needs a registered user.");
}
