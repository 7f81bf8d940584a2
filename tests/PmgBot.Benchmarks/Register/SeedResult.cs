namespace PmgBot.Benchmarks.Register;

/// <summary>What <see cref="RegisterSeeder"/> stored and how long it took.</summary>
public sealed record SeedResult(int Youths, int LevelChanges, int Involvements, int Meetings, int Reports, TimeSpan Elapsed);
