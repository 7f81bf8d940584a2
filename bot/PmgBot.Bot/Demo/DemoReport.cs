using PmgBot.Core.Register;

namespace PmgBot.Bot.Demo;

/// <summary>One fictional report of the demo register; <see cref="YouthIndex"/> points into <see cref="DemoRegister.Youths"/>.</summary>
internal sealed record DemoReport(
    int YouthIndex,
    string ReporterId,
    string ReporterOrganisationId,
    int DaysAgo,
    ReportKind Kind,
    ReportContext Context,
    ConcernTypes ConcernTypes,
    string Description,
    bool OnNextAgenda);
