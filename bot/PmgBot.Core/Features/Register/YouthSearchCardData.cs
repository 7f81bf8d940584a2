namespace PmgBot.Core.Features.Register;

/// <summary>
/// Data for <c>youth-search</c>: name and optional date of birth (inputs <c>name</c> and <c>dateOfBirth</c>, verb
/// <c>youth.lookup</c>). The values keep what the user typed; <paramref name="NameError"/> / <paramref name="DateError"/>
/// are the Dutch messages per field after bad input. <paramref name="DateOfBirth"/> is <c>yyyy-MM-dd</c> (Input.Date) or "".
/// </summary>
public sealed record YouthSearchCardData(string Name = "", string DateOfBirth = "", string? NameError = null, string? DateError = null);
