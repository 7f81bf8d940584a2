namespace PmgBot.Core.Features.Register;

/// <summary>One youth in "mijn casussen": code, name, level (text + colour, see <see cref="YouthCardData"/>) and the date of the last report.</summary>
public sealed record MyCaseData(string Code, string Name, string Level, string LevelColor, string LastReport);
