namespace PmgBot.Core.Features.Welcome;

/// <summary>
/// One menu entry: a button <c>Action.Execute</c> with <paramref name="Verb"/> and <paramref name="Data"/> as its
/// <c>data</c> object, and <paramref name="Description"/> shown above it. Use an empty dictionary for no data.
/// </summary>
public sealed record MenuActionData(
    string Title,
    string Verb,
    string Description,
    IReadOnlyDictionary<string, string> Data);
