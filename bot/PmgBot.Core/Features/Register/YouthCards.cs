using System.Text.Json.Nodes;
using PmgBot.Cards;
using PmgBot.Core.Register;
using PmgBot.Core.Time;

namespace PmgBot.Core.Features.Register;

/// <summary>
/// Renders the youth card and the contact-only card from register data. It decides nothing about access: callers
/// show these cards only after <see cref="Core.Access.AccessMatrix"/> allowed <c>ViewYouthCard</c> or
/// <c>ViewCasusregisseurContact</c> for the user (via <see cref="Core.Access.ICaseRelations"/>).
/// </summary>
public sealed class YouthCards(ICardRenderer cards)
{
    /// <summary>The full youth card; <paramref name="chairActions"/> when the matrix allows the user <c>AssignCasusregisseur</c>.</summary>
    public JsonObject RenderYouth(YouthCardInfo info, bool chairActions) => cards.Render(CardTemplateNames.Youth, ToData(info, chairActions));

    /// <summary>Only the casusregisseur's name, organisation and contact, with the case code.</summary>
    public JsonObject RenderContact(string code, ProfessionalContact? casusregisseur) =>
        cards.Render(CardTemplateNames.YouthContact, new YouthContactCardData(code, ToContact(casusregisseur)));

    public static YouthCardData ToData(YouthCardInfo info, bool chairActions)
    {
        ArgumentNullException.ThrowIfNull(info);
        return new YouthCardData(
            info.Code,
            info.FullName,
            ShownDates.Date(info.DateOfBirth),
            YouthLevelText.Name(info.Level),
            YouthLevelText.Color(info.Level),
            ShownDates.LongDate(info.LevelSinceUtc),
            info.JppName,
            ToContact(info.Casusregisseur),
            info.Level == YouthLevel.Oranje ? ToContact(info.Procesregisseur) : null,
            info.NextJppMeetingUtc is { } next ? ShownDates.LongDateTime(next) : null,
            chairActions);
    }

    /// <summary>Contact details for a card; the chat link only for an active professional with an e-mail address.</summary>
    public static ContactCardData? ToContact(ProfessionalContact? contact) => contact is null
        ? null
        : new ContactCardData(
            contact.DisplayName,
            contact.OrganisationName,
            Blank(contact.Phone),
            Blank(contact.Email),
            contact.Active ? TeamsChatLink.For(contact.Email) : null);

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
