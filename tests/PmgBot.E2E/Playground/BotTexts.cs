namespace PmgBot.E2E.Playground;

/// <summary>The bot's agreed Dutch texts that the end-to-end tests look for.</summary>
public static class BotTexts
{
    /// <summary>The welcome card's heading: "Welkom bij PmgBot, &lt;first name&gt;!".</summary>
    public const string Welcome = "Welkom bij PmgBot";
    public const string MenuTitle = "Wat kan ik voor je doen?";
    public const string MyDetails = "Mijn gegevens";
    public const string NotUnderstood = "Dat begrijp ik niet";
    public const string GroupChatAnswer = "In een groepsgesprek deel ik geen gegevens over jongeren";

    /// <summary>The answer to <c>rol &lt;naam&gt;</c> (Development only).</summary>
    public static string RoleSwitched(string role) => $"Je demo-rol is nu: {role}.";

    // Reports and screening (issue 3)
    public const string ReportCard = "Je meldt namens";
    public const string ReportSubmit = "Melding versturen";
    public const string ReportConfirmed = "Melding ontvangen";
    public const string ReportNextJpp = "Volgende JPP: ";

    /// <summary>The title of the message action's dialog ("Melden bij PmgBot").</summary>
    public const string MessageReportDialog = "Zorg melden";

    /// <summary>The refusal of a flow the user's roles do not allow (in a dialog: its message).</summary>
    public const string NotAllowed = "Dit onderdeel is niet beschikbaar voor jouw rol. Typ 'menu' om te zien wat je wel kunt doen.";

    /// <summary>The report card's own message at an empty description, shown by the client before anything is sent.</summary>
    public const string DescriptionRequiredOnCard = "Vul een beschrijving in (maximaal 2.000 tekens).";

    /// <summary>The server's message at a description of only spaces (the client lets that through).</summary>
    public const string DescriptionRequired = "Vul een beschrijving in.";

    public const string ScreeningQueue = "Nieuwe meldingen voor";
    public const string ScreeningOpen = "Bekijken";
    public const string ScreeningAgenda = "Op agenda volgende JPP";
    public const string MyReportsCard = "Je eigen meldingen, de nieuwste eerst";
    public const string StatusOnAgenda = "op agenda JPP";

    public static string ScreeningCard(string reference) => $"Screening melding {reference}";

    public static string HandledBy(string name) => $"Afgehandeld door {name} op ";

    /// <summary>The status-only update the reporter gets (text, reference only).</summary>
    public static string ReportStatus(string reference, string status) => $"De status van je melding {reference} is nu: {status}.";

    // Youth register and lookup (issue 4)
    public const string NotFound = "Geen jongere gevonden. Controleer de naam en de geboortedatum, of vraag het de voorzitter van je JPP.";
    public const string YouthCard = "Casus PMG-J-";
    public const string SearchCard = "Casusregisseur zoeken";
    public const string Search = "Zoeken";
    public const string ChatInTeams = "Chat in Teams";
    public const string TeamsChatPrefix = "https://teams.microsoft.com/l/chat/0/0?users=";
    public const string ChairActions = "Acties voorzitter";
    public const string ChairCard = "acties van de voorzitter";
    public const string AddOrganisation = "Organisatie toevoegen";
    public const string AssignCasusregisseur = "Casusregisseur vastleggen";
    public const string CasusregisseurAssigned = "De casusregisseur is vastgelegd en krijgt daarvan bericht.";
    public const string OpenCase = "Bekijk casus";
    public const string MyCases = "mijn casussen";

    /// <summary>The proactive notice to a new casusregisseur (text and card, case code only).</summary>
    public static string CasusregisseurNotice(string code) => $"Je bent casusregisseur van casus {code}.";
}
