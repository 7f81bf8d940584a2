using System.Globalization;
using System.Text.Json.Nodes;
using PmgBot.Core.Features.Register.Matching;

namespace PmgBot.Benchmarks.Register;

/// <summary>
/// The casusregisseur lookup (issue 4): each virtual user is its own professional (the casusregisseurs and, for
/// the rest, JPP chairs) asking for a seeded youth by name and date of birth — half the time a youth it is related to
/// (its own case as casusregisseur, or a youth of its JPP as chair: the youth card), half the time a youth of
/// another JPP in which its organisation is not involved and that no related youth could be confused with (the answer
/// must be exactly "no youth found").
/// <see cref="LookupMode.Message"/>: the message <c>casusregisseur &lt;first&gt; &lt;last&gt; &lt;dd-mm-yyyy&gt;</c>; the
/// bot acknowledges (202) and replies through the connector, so the user waits for the reply at the sink.
/// Requests of one user take turns over its own pool of personal chats (see the README: Teams' per-conversation send
/// limits would otherwise be measured). <see cref="LookupMode.Invoke"/>: the search card's <c>youth.lookup</c>
/// action, answered in the invoke response.
/// </summary>
public sealed class LookupWorkload : IWorkload
{
    public const string Related = "related";
    public const string Unrelated = "unrelated";
    private const string CardContentType = "application/vnd.microsoft.card.adaptive";

    private readonly Uri _serviceUrl;
    private readonly IReadOnlyList<BenchProfessional> _users;
    private readonly List<SeededYouth>[] _related;
    private readonly List<SeededYouth>[] _unrelated;
    private readonly Random[] _random;
    private readonly int _conversations;
    private readonly LookupMode _mode;
    private readonly string _notFoundMarker;

    public LookupWorkload(Uri serviceUrl, RegisterDirectory directory, IReadOnlyList<SeededYouth> youths, int users, int conversationsPerUser, LookupMode mode, string notFoundMarker)
    {
        ArgumentNullException.ThrowIfNull(directory);
        ArgumentNullException.ThrowIfNull(youths);
        _serviceUrl = serviceUrl;
        var candidates = directory.Of(ProfessionalKind.Casusregisseur).Concat(directory.Of(ProfessionalKind.Chair)).ToList();
        if (users > candidates.Count)
        {
            throw new ArgumentException($"LOOKUP_USERS={users}, but the directory has {candidates.Count} casusregisseurs and chairs (one per user).");
        }

        _users = candidates.Take(users).ToList();
        _related = _users.Select(u => youths.Where(y => u.Kind == ProfessionalKind.Chair ? y.JppId == u.JppId : y.CasusregisseurId == u.AadObjectId).ToList()).ToArray();
        _unrelated = _users.Select(u => UnrelatedTo(u, youths)).ToArray();
        _random = Enumerable.Range(0, users).Select(u => new Random(2000 + u)).ToArray();
        _conversations = conversationsPerUser;
        _mode = mode;
        _notFoundMarker = notFoundMarker;
    }

    /// <summary>
    /// Youths this user has no relation to, and that no youth it might be related to could be confused with: the
    /// search also offers youths with the same date of birth or the same name (possible matches), so a youth sharing
    /// either with a youth of the user's JPP, of its cases or of its organisation's involvements is left out.
    /// </summary>
    private static List<SeededYouth> UnrelatedTo(BenchProfessional user, IReadOnlyList<SeededYouth> youths)
    {
        bool MaybeRelated(SeededYouth y) => y.JppId == user.JppId || y.CasusregisseurId == user.AadObjectId || y.OrganisationIds.Contains(user.OrganisationId);
        var near = youths.Where(MaybeRelated).ToList();
        var dates = near.Select(y => y.DateOfBirth).ToHashSet();
        var names = near.Select(NameKey).ToHashSet(StringComparer.Ordinal);
        return [.. youths.Where(y => !MaybeRelated(y) && !dates.Contains(y.DateOfBirth) && !names.Contains(NameKey(y)))];
    }

    private static string NameKey(SeededYouth youth)
    {
        var name = DutchNameNormalizer.Normalize(new PersonName(youth.FirstName, youth.Tussenvoegsel, youth.LastName));
        return name.First + "|" + name.Last;
    }

    public string Name => _mode == LookupMode.Message ? "lookup (message)" : "lookup (invoke)";

    public bool Stores => false;

    public IReadOnlyList<BenchProfessional> Users => _users;

    public LoadRequest Next(int user, long sequence, string runTag)
    {
        var random = _random[user];
        var me = _users[user];
        var related = random.Next(2) == 0;
        var pool = related ? _related[user] : _unrelated[user];
        var youth = pool[random.Next(pool.Count)];
        var name = youth.Tussenvoegsel is null ? $"{youth.FirstName} {youth.LastName}" : $"{youth.FirstName} {youth.Tussenvoegsel} {youth.LastName}";
        var date = youth.DateOfBirth.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture);
        var activityId = string.Create(CultureInfo.InvariantCulture, $"l-{runTag}-{user}-{sequence}");
        var category = related ? Related : Unrelated;
        if (_mode == LookupMode.Invoke)
        {
            var conversation = SubmitWorkload.ConversationOf(me);
            var data = new JsonObject { ["name"] = name, ["dateOfBirth"] = youth.DateOfBirth.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) };
            return new LoadRequest(category, BenchActivities.Invoke(_serviceUrl, me, conversation, activityId, "youth.lookup", data), conversation, activityId, WaitForReply: false);
        }

        var chat = string.Create(CultureInfo.InvariantCulture, $"a:bench-lookup-{me.AadObjectId}-{sequence % _conversations}");
        var body = BenchActivities.Message(_serviceUrl, me, chat, activityId, $"casusregisseur {name} {date}");
        return new LoadRequest(category, body, chat, activityId, WaitForReply: true);
    }

    public (bool Ok, string Outcome) Judge(LoadRequest request, int status, string body, ReplyArrival? reply)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(body);
        if (status is < 200 or > 299)
        {
            return (false, "HTTP " + status.ToString(CultureInfo.InvariantCulture));
        }

        // The answer is either exactly "no youth found" (text) or a card; anything else (e.g. the generic error text) is wrong.
        var notFound = _mode == LookupMode.Message ? reply?.Marker == _notFoundMarker : body.Contains(_notFoundMarker, StringComparison.Ordinal);
        var card = _mode == LookupMode.Message ? reply?.HasAttachment == true : body.Contains(CardContentType, StringComparison.Ordinal);
        var outcome = notFound ? "not found" : card ? "youth card" : "other answer (error?)";
        var expected = request.Category == Related ? card && !notFound : notFound && !card;
        return (expected, outcome);
    }
}
