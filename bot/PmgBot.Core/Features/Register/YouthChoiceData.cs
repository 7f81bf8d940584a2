namespace PmgBot.Core.Features.Register;

/// <summary>
/// One youth in a choice list: <paramref name="Name"/> and <paramref name="Detail"/> (date of birth, JPP) are shown only
/// when the user may see the youth card; for a contact-only youth both are null and only the code is shown. The button
/// sends <c>youth.open</c> with <c>{"code": Code}</c>.
/// </summary>
public sealed record YouthChoiceData(string Code, string? Name = null, string? Detail = null);
