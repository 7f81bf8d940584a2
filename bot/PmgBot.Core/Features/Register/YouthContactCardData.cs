namespace PmgBot.Core.Features.Register;

/// <summary>
/// Data for <c>youth-contact</c>: for a recent reporter, only who the casusregisseur of case <paramref name="Code"/> is
/// and how to reach them; no name, date of birth or level of the youth. <paramref name="Casusregisseur"/> null: none
/// appointed yet.
/// </summary>
public sealed record YouthContactCardData(string Code, ContactCardData? Casusregisseur);
