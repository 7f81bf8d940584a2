using System.Globalization;

namespace PmgBot.Core.Register;

/// <summary>The formats of the human-readable references: youth codes and report references.</summary>
public static class ReferenceCodes
{
    public const string YouthScope = "youth";

    public static string ReportScope(int year) => "report-" + year.ToString(CultureInfo.InvariantCulture);

    /// <summary>PMG-J-0017 (at least four digits).</summary>
    public static string Youth(long number) => "PMG-J-" + number.ToString("0000", CultureInfo.InvariantCulture);

    /// <summary>PMG-2026-00042 (at least five digits); <paramref name="year"/> is the year in Europe/Amsterdam.</summary>
    public static string Report(int year, long number) =>
        "PMG-" + year.ToString(CultureInfo.InvariantCulture) + "-" + number.ToString("00000", CultureInfo.InvariantCulture);
}
