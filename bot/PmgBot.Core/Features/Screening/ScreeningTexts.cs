using System.Globalization;
using PmgBot.Core.Register;
using PmgBot.Core.Time;

namespace PmgBot.Core.Features.Screening;

/// <summary>
/// The words the screening cards and messages use for the report model, in the turn's language (the keys are in
/// ScreeningTexts.Keys.cs), and dates in Europe/Amsterdam.
/// </summary>
public static partial class ScreeningTexts
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    public static string Status(ReportStatus status) => status switch
    {
        ReportStatus.Ontvangen => StatusOntvangen,
        ReportStatus.InScreening => StatusInScreening,
        ReportStatus.OpAgendaJpp => StatusOpAgendaJpp,
        ReportStatus.Doorverwezen => StatusDoorverwezen,
        ReportStatus.GeenActie => StatusGeenActie,
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    public static string Subject(ReportSubject subject) => subject switch
    {
        ReportSubject.Jongere => SubjectJongere,
        ReportSubject.Groep => SubjectGroep,
        ReportSubject.Locatie => SubjectLocatie,
        _ => throw new ArgumentOutOfRangeException(nameof(subject), subject, null),
    };

    public static string Kind(ReportKind kind) => kind switch
    {
        ReportKind.Zorg => KindZorg,
        ReportKind.Veiligheid => KindVeiligheid,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public static string Context(ReportContext context) => context switch
    {
        ReportContext.School => ContextSchool,
        ReportContext.Straat => ContextStraat,
        ReportContext.Thuis => ContextThuis,
        ReportContext.Online => ContextOnline,
        _ => throw new ArgumentOutOfRangeException(nameof(context), context, null),
    };

    public static string Urgency(ReportUrgency urgency) => urgency == ReportUrgency.Spoed ? UrgencySpoed : UrgencyNormaal;

    public static string ReferralTarget(ReferralTarget target) => target switch
    {
        Core.Register.ReferralTarget.ZvhRegieteam => TargetZvhRegieteam,
        Core.Register.ReferralTarget.SociaalTeam => TargetSociaalTeam,
        Core.Register.ReferralTarget.VeiligThuis => TargetVeiligThuis,
        Core.Register.ReferralTarget.Anders => TargetAnders,
        _ => throw new ArgumentOutOfRangeException(nameof(target), target, null),
    };

    public static string Concerns(ConcernTypes concerns)
    {
        var names = new List<string>();
        foreach (var (flag, key) in ConcernKeys)
        {
            if ((concerns & flag) != 0)
            {
                names.Add(Resources[key]);
            }
        }

        return names.Count == 0 ? NotGiven : string.Join(", ", names);
    }

    /// <summary>"dinsdag 1 december 2026" in Europe/Amsterdam.</summary>
    public static string Date(System.DateTime utc) => ShownDates.LongDate(utc);

    /// <summary>"dinsdag 1 december 2026 om 14:00" in Europe/Amsterdam.</summary>
    public static string DateTime(System.DateTime utc) => ShownDates.LongDateTime(utc);

    /// <summary>A date of birth: "12 maart 2010".</summary>
    public static string BirthDate(DateOnly date) => ShownDates.Date(date);


    private static readonly (ConcernTypes Flag, string Key)[] ConcernKeys =
    [
        (ConcernTypes.Wapenbezit, nameof(ConcernWapenbezit)),
        (ConcernTypes.Drugs, nameof(ConcernDrugs)),
        (ConcernTypes.Schoolverzuim, nameof(ConcernSchoolverzuim)),
        (ConcernTypes.Overlast, nameof(ConcernOverlast)),
        (ConcernTypes.Geweld, nameof(ConcernGeweld)),
        (ConcernTypes.OnlineOfCyber, nameof(ConcernOnlineOfCyber)),
        (ConcernTypes.RonselenOfUitbuiting, nameof(ConcernRonselenOfUitbuiting)),
        (ConcernTypes.ZorgenThuis, nameof(ConcernZorgenThuis)),
        (ConcernTypes.Anders, nameof(ConcernAnders)),
    ];
}
