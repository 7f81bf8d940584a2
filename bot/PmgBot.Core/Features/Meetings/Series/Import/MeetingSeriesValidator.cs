using System.Globalization;
using System.Text.RegularExpressions;
using PmgBot.Core.Directory;

namespace PmgBot.Core.Features.Meetings.Series.Import;

/// <summary>
/// Checks the <c>meetingSeries</c> rows of an import file against themselves and the directory as it will be after the
/// import; one Dutch message per problem with its row (section <see cref="Section"/>).
/// </summary>
internal static partial class MeetingSeriesValidator
{
    /// <summary>The section's name in the error messages (Dutch, as the operator reads it).</summary>
    public const string Section = "vergaderreeksen";

    public const int MinMinutes = 15;
    public const int MaxMinutes = 480;
    public const int MaxEveryWeeks = 8;
    public const int MaxReviewWeeks = 52;
    public const int MaxDigestWorkingDays = 10;
    public const int MaxListLength = 200;
    public const int MailboxMaxLength = 320;

    private static readonly TimeOnly EarliestStart = new(7, 0);
    private static readonly TimeOnly LatestStart = new(20, 0);
    private static readonly string[] DateFormats = ["yyyy-MM-dd", "dd-MM-yyyy", "d-M-yyyy"];

    public static List<MeetingSeries> Validate(
        List<MeetingSeriesRow?> rows, IReadOnlySet<string> knownJpps, IReadOnlyDictionary<string, KnownProfessional> professionals,
        DateTime nowUtc, List<ImportError> errors)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var result = new List<MeetingSeries>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            var at = new Row(i + 1, errors);
            if (row is null)
            {
                at.Error("de rij is leeg.");
                continue;
            }

            var jpp = Jpp(row.Jpp, knownJpps, seen, at);
            var weekday = Weekday(row.Weekday, at);
            var minutes = Minutes(row.Minutes, at);
            var start = StartTime(row.StartTime, minutes, at);
            var everyWeeks = row.EveryWeeks ?? 2;
            if (everyWeeks is < 1 or > MaxEveryWeeks)
            {
                at.Error($"elke {everyWeeks} weken kan niet; kies 1 tot {MaxEveryWeeks} weken.");
            }

            var anchor = Date(row.AnchorDate, "eerste datum (anchorDate)", at);
            if (anchor is { } a && weekday is { } w && a.DayOfWeek != w)
            {
                at.Error($"eerste datum {Iso(a)} is een {DayName(a.DayOfWeek)}, de reeks is op {DayName(w)}.");
            }

            // The cadence is known only when weekday, first date and interval are all right.
            var cadence = anchor is { } firstDate && firstDate.DayOfWeek == weekday && everyWeeks is >= 1 and <= MaxEveryWeeks ? anchor : null;
            var mailbox = Mailbox(row.OrganizerMailbox, at);
            var members = Members(row, jpp is not null && knownJpps.Contains(jpp) ? jpp : null, professionals, at);
            var dates = new List<MeetingSeriesDate>();
            foreach (var date in Dates(row.CancelledDates, "vervallen data", at))
            {
                if (cadence is { } first && (date.DayNumber - first.DayNumber) % (7 * everyWeeks) != 0)
                {
                    at.Error($"vervallen datum {Iso(date)} is geen vergaderdatum van deze reeks.");
                }

                dates.Add(new MeetingSeriesDate { JppId = jpp ?? "", Date = date, Kind = SeriesDateKind.Cancelled });
            }

            dates.AddRange(Dates(row.ClosingDays, "sluitingsdagen", at)
                .Select(date => new MeetingSeriesDate { JppId = jpp ?? "", Date = date, Kind = SeriesDateKind.ClosingDay }));
            var review = row.ReviewWeeks;
            var groen = ReviewWeeks(review?.Groen, "groen", at);
            var oranje = ReviewWeeks(review?.Oranje, "oranje", at);
            var rood = ReviewWeeks(review?.Rood, "rood", at);
            var digestDays = DigestWorkingDays(row.DigestWorkingDays, at);

            if (at.IsValid)
            {
                result.Add(new MeetingSeries
                {
                    JppId = jpp!,
                    Weekday = weekday!.Value,
                    StartTime = start!.Value,
                    LengthMinutes = minutes!.Value,
                    IntervalWeeks = everyWeeks,
                    AnchorDate = anchor!.Value,
                    OrganizerMailbox = mailbox!,
                    ReviewWeeksGroen = groen,
                    ReviewWeeksOranje = oranje,
                    ReviewWeeksRood = rood,
                    DigestWorkingDays = digestDays,
                    Members = members,
                    Dates = dates,
                    UpdatedAtUtc = nowUtc,
                });
            }
        }

        return result;
    }

    private static string? Jpp(string? value, IReadOnlySet<string> knownJpps, Dictionary<string, int> seen, Row at)
    {
        var jpp = value?.Trim();
        if (string.IsNullOrEmpty(jpp))
        {
            at.Error("jpp ontbreekt.");
            return null;
        }

        if (!knownJpps.Contains(jpp))
        {
            at.Error($"onbekende JPP '{jpp}'.");
        }
        else if (seen.TryGetValue(jpp, out var first))
        {
            at.Error($"dubbele JPP '{jpp}' (ook in rij {first}).");
        }
        else
        {
            seen[jpp] = at.Number;
        }

        return jpp;
    }

    private static DayOfWeek? Weekday(string? value, Row at)
    {
        var text = value?.Trim().ToLowerInvariant();
        if (string.IsNullOrEmpty(text))
        {
            at.Error("weekdag ontbreekt.");
            return null;
        }

        DayOfWeek? day = text switch
        {
            "maandag" or "monday" => DayOfWeek.Monday,
            "dinsdag" or "tuesday" => DayOfWeek.Tuesday,
            "woensdag" or "wednesday" => DayOfWeek.Wednesday,
            "donderdag" or "thursday" => DayOfWeek.Thursday,
            "vrijdag" or "friday" => DayOfWeek.Friday,
            "zaterdag" or "saturday" => DayOfWeek.Saturday,
            "zondag" or "sunday" => DayOfWeek.Sunday,
            _ => null,
        };
        if (day is null)
        {
            at.Error($"onbekende weekdag '{value!.Trim()}'; kies maandag tot en met vrijdag.");
        }
        else if (day is DayOfWeek.Saturday or DayOfWeek.Sunday)
        {
            at.Error($"weekdag '{text}' is geen werkdag; kies maandag tot en met vrijdag.");
            return null;
        }

        return day;
    }

    private static int? Minutes(int? value, Row at)
    {
        if (value is not { } minutes)
        {
            at.Error("duur (minutes) ontbreekt.");
            return null;
        }

        if (minutes is < MinMinutes or > MaxMinutes)
        {
            at.Error($"een duur van {minutes} minuten kan niet; kies {MinMinutes} tot {MaxMinutes} minuten.");
            return null;
        }

        return minutes;
    }

    private static TimeOnly? StartTime(string? value, int? minutes, Row at)
    {
        var text = value?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            at.Error("begintijd ontbreekt.");
            return null;
        }

        var match = TimePattern().Match(text);
        if (!match.Success)
        {
            at.Error($"begintijd '{text}' is ongeldig; schrijf bijvoorbeeld 13:30.");
            return null;
        }

        var time = new TimeOnly(int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture), int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture));
        if (time < EarliestStart || time > LatestStart)
        {
            // Also keeps every meeting clear of the night-time summer-time jumps.
            at.Error($"begintijd {time:HH\\:mm} ligt niet tussen {EarliestStart:HH\\:mm} en {LatestStart:HH\\:mm}.");
            return null;
        }

        if (minutes is { } length && time.ToTimeSpan() + TimeSpan.FromMinutes(length) > TimeSpan.FromHours(24))
        {
            at.Error("de vergadering moet op dezelfde dag eindigen: begintijd plus duur komt na middernacht.");
            return null;
        }

        return time;
    }

    private static string? Mailbox(string? value, Row at)
    {
        var mailbox = value?.Trim();
        if (string.IsNullOrEmpty(mailbox))
        {
            at.Error("organisatormailbox (organizerMailbox) ontbreekt.");
            return null;
        }

        if (mailbox.Length > MailboxMaxLength || !MailPattern().IsMatch(mailbox))
        {
            at.Error($"organisatormailbox '{mailbox}' is geen geldig e-mailadres.");
            return null;
        }

        return mailbox.ToLowerInvariant();
    }

    private static List<MeetingSeriesMember> Members(MeetingSeriesRow row, string? jpp, IReadOnlyDictionary<string, KnownProfessional> professionals, Row at)
    {
        var members = new List<MeetingSeriesMember>();
        void Add(string id, SeriesMemberRole role)
        {
            if (!members.Any(m => m.ProfessionalId == id && m.Role == role))
            {
                members.Add(new MeetingSeriesMember { JppId = jpp ?? "", ProfessionalId = id, Role = role });
            }
        }

        var chairs = Ids(row.Chairs, "voorzitters", at);
        if (chairs.Count == 0)
        {
            at.Error("geen voorzitter (chairs) opgegeven.");
        }

        foreach (var id in chairs)
        {
            if (Check(id, "voorzitter", Roles.Voorzitter | Roles.Procesregisseur, "voorzitter of procesregisseur", jpp, professionals, at))
            {
                Add(id, SeriesMemberRole.Voorzitter);
            }
        }

        if (!string.IsNullOrWhiteSpace(row.Procesregisseur))
        {
            var id = DirectoryIds.NormaliseAadObjectId(row.Procesregisseur);
            if (Check(id, "procesregisseur", Roles.Procesregisseur, "procesregisseur", jpp, professionals, at))
            {
                Add(id, SeriesMemberRole.Procesregisseur);
            }
        }

        foreach (var id in Ids(row.CoreMembers, "kernleden", at))
        {
            if (Check(id, "kernlid", Roles.None, null, null, professionals, at))
            {
                Add(id, SeriesMemberRole.Kernlid);
            }
        }

        return members;
    }

    /// <summary>Known and active; with <paramref name="roles"/> one of those roles; with <paramref name="jpp"/> a participant of it.</summary>
    private static bool Check(
        string id, string label, Roles roles, string? roleNames, string? jpp, IReadOnlyDictionary<string, KnownProfessional> professionals, Row at)
    {
        if (!professionals.TryGetValue(id, out var professional) || !professional.Active)
        {
            at.Error($"{label} '{id}' is geen actieve professional in de directory.");
            return false;
        }

        if (roles != Roles.None && (professional.Roles & roles) == Roles.None)
        {
            at.Error($"{label} '{id}' heeft niet de rol {roleNames}.");
            return false;
        }

        if (jpp is not null && !professional.JppIds.Contains(jpp))
        {
            at.Error($"{label} '{id}' neemt niet deel aan '{jpp}'.");
            return false;
        }

        return true;
    }

    private static List<string> Ids(List<string?>? values, string label, Row at)
    {
        var ids = (values ?? []).Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => DirectoryIds.NormaliseAadObjectId(v!))
            .Distinct(StringComparer.Ordinal).ToList();
        if (ids.Count > MaxListLength)
        {
            at.Error($"te veel {label} (maximaal {MaxListLength}).");
            return [];
        }

        return ids;
    }

    private static List<DateOnly> Dates(List<string?>? values, string label, Row at)
    {
        var dates = new List<DateOnly>();
        if (values is { Count: > MaxListLength })
        {
            at.Error($"te veel {label} (maximaal {MaxListLength}).");
            return dates;
        }

        foreach (var value in values ?? [])
        {
            if (Date(value, $"datum bij {label}", at) is not { } date)
            {
                continue;
            }

            if (dates.Contains(date))
            {
                at.Error($"dubbele datum {Iso(date)} bij {label}.");
                continue;
            }

            dates.Add(date);
        }

        return dates;
    }

    private static DateOnly? Date(string? value, string label, Row at)
    {
        var text = value?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            at.Error($"{label} ontbreekt.");
            return null;
        }

        if (!DateOnly.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) || date.Year is < 2000 or > 2200)
        {
            at.Error($"{label} '{text}' is ongeldig; schrijf bijvoorbeeld 2026-12-01.");
            return null;
        }

        return date;
    }

    private static int? ReviewWeeks(int? value, string level, Row at)
    {
        if (value is { } weeks && weeks is < 1 or > MaxReviewWeeks)
        {
            at.Error($"een terugkomtermijn voor {level} van {weeks} weken kan niet; kies 1 tot {MaxReviewWeeks} weken.");
            return null;
        }

        return value;
    }

    private static int? DigestWorkingDays(int? value, Row at)
    {
        if (value is { } days && days is < 1 or > MaxDigestWorkingDays)
        {
            at.Error($"het agenda-overzicht (digestWorkingDays) {days} werkdagen voor de vergadering sturen kan niet; kies 1 tot {MaxDigestWorkingDays} werkdagen.");
            return null;
        }

        return value;
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string DayName(DayOfWeek day) => CultureInfo.GetCultureInfo("nl-NL").DateTimeFormat.GetDayName(day);

    [GeneratedRegex(@"^([01]?[0-9]|2[0-3])[:.]([0-5][0-9])$", RegexOptions.CultureInvariant)]
    private static partial Regex TimePattern();

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$", RegexOptions.CultureInvariant)]
    private static partial Regex MailPattern();

    /// <summary>Collects the errors of one row.</summary>
    private sealed class Row(int number, List<ImportError> errors)
    {
        private readonly int _errorsBefore = errors.Count;

        public int Number => number;

        public bool IsValid => errors.Count == _errorsBefore;

        public void Error(string message) => errors.Add(new ImportError(Section, number, message));
    }
}
