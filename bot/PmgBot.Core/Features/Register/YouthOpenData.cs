namespace PmgBot.Core.Features.Register;

/// <summary>
/// The data a <c>youth.open</c> button sends (youth choices, my cases, case notices): the youth's <paramref name="Code"/>,
/// a lookup key only, and <paramref name="Source"/> <c>"notice"</c> when it comes from a notice. Read from untrusted input.
/// </summary>
public sealed record YouthOpenData(string? Code = null, string? Source = null);
