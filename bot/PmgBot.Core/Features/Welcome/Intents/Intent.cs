namespace PmgBot.Core.Features.Welcome.Intents;

/// <summary>What a typed message asks for. The names are stable: the corpus test and the route table use them.</summary>
public enum Intent
{
    None = 0,
    Help,
    Report,
    MyReports,
    Lookup,
    MyCases,
    MyDetails,
    Privacy,
    NetworkOverview,
    Screening,
    Agenda,
    MyActions,
    Actions,
    RoleSwitch,
}
