namespace PmgBot.Core.Features.Chair;

/// <summary>A Dutch message for one input of the chair card; <paramref name="Field"/> is one of <see cref="YouthRecordFields"/>.</summary>
public sealed record YouthFieldError(string Field, string Message);
