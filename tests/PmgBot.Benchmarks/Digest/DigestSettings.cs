using System.Globalization;

namespace PmgBot.Benchmarks.Digest;

/// <summary>Settings of the digest benchmark (environment variables, see run-digest.sh).</summary>
/// <param name="RepoRoot">Where artifacts/benchmarks is.</param>
/// <param name="Youths">Youths in the register (DIGEST_YOUTHS).</param>
/// <param name="Reports">Reports in the register (DIGEST_REPORTS).</param>
/// <param name="FollowUps">Youths per JPP due for follow-up or a level change at its next meeting (DIGEST_FOLLOW_UPS).</param>
/// <param name="NewReports">Screened reports per JPP put on its next meeting (DIGEST_NEW_REPORTS), one of them a group report.</param>
/// <param name="Runs">Measured runs of each measurement after the first (DIGEST_RUNS).</param>
public sealed record DigestSettings(string RepoRoot, int Youths, int Reports, int FollowUps, int NewReports, int Runs)
{
    public static DigestSettings FromEnvironment(Func<string, string?> variable, string repoRoot)
    {
        ArgumentNullException.ThrowIfNull(variable);
        int Int(string name, int fallback, int min)
        {
            var value = variable(name) is { Length: > 0 } v ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;
            return value >= min ? value : throw new ArgumentException($"{name} must be at least {min}.");
        }

        return new DigestSettings(
            repoRoot,
            Int("DIGEST_YOUTHS", 5000, 100),
            Int("DIGEST_REPORTS", 50000, 100),
            Int("DIGEST_FOLLOW_UPS", 25, 0),
            Int("DIGEST_NEW_REPORTS", 5, 1),
            Int("DIGEST_RUNS", 20, 1));
    }
}
