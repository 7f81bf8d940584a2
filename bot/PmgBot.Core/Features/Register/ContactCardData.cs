namespace PmgBot.Core.Features.Register;

/// <summary>
/// A casusregisseur or procesregisseur on the youth cards: name, organisation and work contact. <paramref name="ChatUrl"/>
/// is the Teams deep link to a 1:1 chat (<c>https://teams.microsoft.com/l/chat/0/0?users=&lt;e-mail&gt;</c>, URL-encoded),
/// null when no e-mail address is known.
/// </summary>
public sealed record ContactCardData(string Name, string Organisation, string? Phone = null, string? Email = null, string? ChatUrl = null);
