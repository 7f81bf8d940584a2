namespace PmgBot.Benchmarks.Harness;

/// <summary>One foundation target in the report: what was wanted, what was measured, pass or fail.</summary>
public sealed record ReportCheck(string Name, string Wanted, string Measured, bool Passed);
