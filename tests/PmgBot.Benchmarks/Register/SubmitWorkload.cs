using System.Globalization;
using System.Text.Json.Nodes;

namespace PmgBot.Benchmarks.Register;

/// <summary>
/// Report submission (issue 3): each virtual user is its own professional who may report (melder), in its own
/// personal chat, and submits the report card (<c>report.submit</c>, an <c>adaptiveCard/action</c> invoke) with valid
/// data and a new <c>cardId</c> (GUID) per request. The mix, drawn per request with a fixed seed per user: 45 % about a
/// youth already in the register (a sure match: the seeded name and date of birth, of the reporter's JPP), 45 % about
/// a new youth (a fictional name with a date of birth no seeded youth has: stored, no match), 10 % about a group or a
/// location; 5 % of all are spoed (urgent: the chair and procesregisseur are alerted through the outbox).
/// The bot answers the invoke with the confirmation card; it counts as confirmed when it carries a report reference.
/// </summary>
public sealed class SubmitWorkload : IWorkload
{
    public const string ReferenceMarker = "PMG-20";

    private static readonly string[] Concerns = ["drugs", "schoolverzuim", "overlast", "geweld", "online-of-cyber", "wapenbezit,geweld", "zorgen-thuis", "ronselen-of-uitbuiting,drugs"];
    private static readonly string[] Contexts = ["school", "straat", "thuis", "online"];

    private readonly Uri _serviceUrl;
    private readonly IReadOnlyList<BenchProfessional> _users;
    private readonly Dictionary<string, List<SeededYouth>> _youthsByJpp;
    private readonly Random[] _random;
    private readonly string _cardVersion;
    private readonly DateOnly _today;

    public SubmitWorkload(Uri serviceUrl, RegisterDirectory directory, IReadOnlyList<SeededYouth> youths, int users, string cardVersion, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(directory);
        ArgumentNullException.ThrowIfNull(youths);
        _serviceUrl = serviceUrl;
        var reporters = directory.Professionals.Where(p => p.Kind is ProfessionalKind.Reporter or ProfessionalKind.Casusregisseur).ToList();
        if (users > reporters.Count)
        {
            throw new ArgumentException($"SUBMIT_USERS={users}, but the directory has {reporters.Count} professionals who may report (one per user).");
        }

        _users = reporters.Take(users).ToList();
        _youthsByJpp = youths.GroupBy(y => y.JppId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        _random = Enumerable.Range(0, users).Select(u => new Random(1000 + u)).ToArray();
        _cardVersion = cardVersion;
        _today = today;
    }

    public string Name => "submit";

    public bool Stores => true;

    public IReadOnlyList<BenchProfessional> Users => _users;

    public static string ConversationOf(BenchProfessional user) => "a:bench-personal-" + user.AadObjectId;

    public LoadRequest Next(int user, long sequence, string runTag)
    {
        var random = _random[user];
        var me = _users[user];
        var roll = random.Next(100);
        var category = roll < 45 ? "known youth" : roll < 90 ? "new youth" : "group/location";
        var spoed = random.Next(20) == 0;
        // The bot wants a GUID per card instance (its idempotency key); the activity id carries the run tag.
        var cardId = Guid.NewGuid().ToString("D");
        var data = new JsonObject
        {
            ["cardId"] = cardId,
            ["cardVersion"] = _cardVersion,
            ["kind"] = random.Next(3) == 0 ? "veiligheid" : "zorg",
            ["context"] = Contexts[random.Next(Contexts.Length)],
            ["concerns"] = Concerns[random.Next(Concerns.Length)],
            ["description"] = "Benchmarkmelding: leerling verzuimt vaak, wordt gezien bij een groep oudere jongeren en lijkt onder druk gezet te worden.",
            ["urgency"] = spoed ? "spoed" : "normaal",
            ["informed"] = "ja",
            ["municipality"] = me.MunicipalityId,
        };
        switch (category)
        {
            case "known youth":
                var youths = _youthsByJpp[me.JppId];
                var youth = youths[random.Next(youths.Count)];
                data["subject"] = "jongere";
                data["firstName"] = youth.FirstName;
                data["tussenvoegsel"] = youth.Tussenvoegsel ?? "";
                data["lastName"] = youth.LastName;
                data["dateOfBirth"] = youth.DateOfBirth.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                data["municipality"] = youth.MunicipalityId;
                break;
            case "new youth":
                // Seeded youths are 12–21 years old; a new youth is 10–11, so it is never matched.
                data["subject"] = "jongere";
                data["firstName"] = YouthNames.FirstNames[random.Next(YouthNames.FirstNames.Count)];
                data["tussenvoegsel"] = YouthNames.Tussenvoegsels[random.Next(YouthNames.Tussenvoegsels.Count)] ?? "";
                data["lastName"] = YouthNames.LastNames[random.Next(YouthNames.LastNames.Count)];
                data["dateOfBirth"] = _today.AddYears(-10).AddDays(-random.Next(0, 700)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                data["school"] = "Basisschool De Bron (fictief)";
                break;
            default:
                data["subject"] = random.Next(2) == 0 ? "groep" : "locatie";
                data["groupOrLocation"] = "Groep jongeren bij het winkelcentrum";
                break;
        }

        var conversation = ConversationOf(me);
        var activityId = string.Create(CultureInfo.InvariantCulture, $"s-{runTag}-{user}-{sequence}");
        var body = BenchActivities.Invoke(_serviceUrl, me, conversation, activityId, "report.submit", data);
        return new LoadRequest(spoed ? category + ", spoed" : category, body, conversation, activityId, WaitForReply: false);
    }

    public (bool Ok, string Outcome) Judge(LoadRequest request, int status, string body, ReplyArrival? reply)
    {
        ArgumentNullException.ThrowIfNull(body);
        if (status != 200)
        {
            return (false, "HTTP " + status.ToString(CultureInfo.InvariantCulture));
        }

        return body.Contains(ReferenceMarker, StringComparison.Ordinal) && !body.Contains("\"statusCode\":500", StringComparison.Ordinal)
            ? (true, "confirmed")
            : (false, "no reference: " + body[..Math.Min(body.Length, 300)]);
    }
}
