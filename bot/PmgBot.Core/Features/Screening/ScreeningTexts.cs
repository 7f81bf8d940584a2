using System.Globalization;
using PmgBot.Core.Register;
using PmgBot.Core.Time;

namespace PmgBot.Core.Features.Screening;

/// <summary>The Dutch words the screening cards and messages use for the report model, and dates in Europe/Amsterdam.</summary>
public static class ScreeningTexts
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    public static string Status(ReportStatus status) => status switch
    {
        ReportStatus.Ontvangen => "ontvangen",
        ReportStatus.InScreening => "in screening",
        ReportStatus.OpAgendaJpp => "op agenda JPP",
        ReportStatus.Doorverwezen => "doorverwezen",
        ReportStatus.GeenActie => "geen actie",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    public static string Subject(ReportSubject subject) => subject switch
    {
        ReportSubject.Jongere => "jongere",
        ReportSubject.Groep => "groep",
        ReportSubject.Locatie => "locatie",
        _ => throw new ArgumentOutOfRangeException(nameof(subject), subject, null),
    };

    public static string Kind(ReportKind kind) => kind switch
    {
        ReportKind.Zorg => "zorg",
        ReportKind.Veiligheid => "veiligheid",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public static string Context(ReportContext context) => context switch
    {
        ReportContext.School => "school",
        ReportContext.Straat => "straat",
        ReportContext.Thuis => "thuis",
        ReportContext.Online => "online",
        _ => throw new ArgumentOutOfRangeException(nameof(context), context, null),
    };

    public static string Urgency(ReportUrgency urgency) => urgency == ReportUrgency.Spoed ? "spoed" : "normaal";

    public static string ReferralTarget(ReferralTarget target) => target switch
    {
        Core.Register.ReferralTarget.ZvhRegieteam => "ZVH regieteam",
        Core.Register.ReferralTarget.SociaalTeam => "sociaal team",
        Core.Register.ReferralTarget.VeiligThuis => "Veilig Thuis",
        Core.Register.ReferralTarget.Anders => "anders",
        _ => throw new ArgumentOutOfRangeException(nameof(target), target, null),
    };

    public static string Concerns(ConcernTypes concerns)
    {
        var names = new List<string>();
        foreach (var (flag, name) in ConcernNames)
        {
            if ((concerns & flag) != 0)
            {
                names.Add(name);
            }
        }

        return names.Count == 0 ? "niet opgegeven" : string.Join(", ", names);
    }

    /// <summary>"dinsdag 1 december 2026" in Europe/Amsterdam.</summary>
    public static string Date(System.DateTime utc) => AmsterdamTime.LongDate(utc);

    /// <summary>"dinsdag 1 december 2026 om 14:00" in Europe/Amsterdam.</summary>
    public static string DateTime(System.DateTime utc) => AmsterdamTime.LongDateTime(utc);

    /// <summary>A date of birth: "12 maart 2010".</summary>
    public static string BirthDate(DateOnly date) => AmsterdamTime.Date(date);


    private static readonly (ConcernTypes Flag, string Name)[] ConcernNames =
    [
        (ConcernTypes.Wapenbezit, "wapenbezit"),
        (ConcernTypes.Drugs, "drugs"),
        (ConcernTypes.Schoolverzuim, "schoolverzuim"),
        (ConcernTypes.Overlast, "overlast"),
        (ConcernTypes.Geweld, "geweld"),
        (ConcernTypes.OnlineOfCyber, "online of cyber"),
        (ConcernTypes.RonselenOfUitbuiting, "ronselen of uitbuiting"),
        (ConcernTypes.ZorgenThuis, "zorgen thuis"),
        (ConcernTypes.Anders, "anders"),
    ];
}
