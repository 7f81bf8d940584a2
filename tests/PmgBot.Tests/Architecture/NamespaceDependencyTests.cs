namespace PmgBot.Tests.Architecture;

/// <summary>
/// Dependencies point one way (issue 13): the shared base does not use the features, a feature uses another only
/// through the edges listed here, the card binder knows nothing of Core, and namespaces form no cycles except the
/// listed ones, a list that can only shrink. The graph is read from the assemblies (<see cref="NamespaceGraph"/>).
/// </summary>
public sealed class NamespaceDependencyTests
{
    private const string Features = "PmgBot.Core.Features";

    /// <summary>Namespace (or prefix) → namespace (or prefix) that it must not use, and why.</summary>
    public static TheoryData<string, string, string> ForbiddenDependencies => new()
    {
        { "PmgBot.Core.Data", Features, "the shared base serves every feature" },
        { "PmgBot.Core.Access", Features, "the shared base serves every feature" },
        { "PmgBot.Core.Audit", Features, "the shared base serves every feature" },
        { "PmgBot.Core.Outbox", Features, "the shared base serves every feature" },
        { "PmgBot.Core.Connector", Features, "the shared base serves every feature" },
        { "PmgBot.Core.Protocol", Features, "the shared base serves every feature" },
        { "PmgBot.Core.Turns", Features, "the shared base serves every feature" },
        { "PmgBot.Core.Inbox", Features, "the shared base serves every feature" },
        { "PmgBot.Core.Conversations", Features, "the shared base serves every feature" },
        { "PmgBot.Core.Directory", Features, "the shared base serves every feature" },
        { "PmgBot.Core.Register", Features, "the shared entities serve every feature" },
        { "PmgBot.Core.Text", Features, "the shared base serves every feature" },
        { "PmgBot.Core.Time", Features, "the shared base serves every feature" },
        { "PmgBot.Core.Threading", Features, "the shared base serves every feature" },
        { "PmgBot.Cards", "PmgBot.Core", "the card binder fills templates and knows no feature" },
        { "PmgBot.Core", "PmgBot.Bot", "the endpoint and host use Core, not the other way round" },
        { "PmgBot.Core", "PmgBot.Jobs", "the background loops use Core, not the other way round" },
        { "PmgBot.Core", "PmgBot.Graph", "the Graph adapter implements a Core port" },
    };

    /// <summary>
    /// The only ways one feature may use another ("from → to"): the menu and the intents open the other features' flows;
    /// a report's name is normalised by the register's matching; screening matches reports to youths and notifies the
    /// report's chairs; the chair's actions answer "not found" as the lookup does; a JPP decision is recorded for a youth on
    /// a meeting's agenda (the agenda items, the series' closing days for the working days of due dates, the store's
    /// conflict rule); the intents open the chair's agenda digest for "wat staat er op de agenda".
    /// </summary>
    private static readonly HashSet<string> AllowedFeatureEdges =
    [
        "Welcome → Actions",
        "Welcome → Directory",
        "Welcome → Meetings",
        "Welcome → Register",
        "Welcome → Reports",
        "Welcome → Screening",
        "Reports → Register",
        "Screening → Register",
        "Screening → Reports",
        "Chair → Register",
        "Actions → Meetings",
    ];

    /// <summary>
    /// Namespace cycles that exist today, each as its members in ordinal order joined by " ↔ ". When one is broken this
    /// list must lose it (the test below fails until it does), so it only ever shrinks.
    /// </summary>
    private static readonly HashSet<string> AllowedCycles = [];

    /// <summary>
    /// Forbidden edges that exist today, a debt, each as "from → to". Like the cycles, the list only shrinks (empty since
    /// the directory import runs the features' own sections, 3 December 2026).
    /// </summary>
    private static readonly HashSet<string> KnownViolations = [];

    [Theory]
    [MemberData(nameof(ForbiddenDependencies))]
    public void Dependencies_ForbiddenEdge_IsAbsent(string from, string to, string why)
    {
        var offending = Edges()
            .Where(e => IsIn(e.From, from) && IsIn(e.To, to))
            .Select(e => $"{e.From} → {e.To}")
            .Where(e => !KnownViolations.Contains(e))
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.True(offending.Count == 0, $"{from} must not use {to} ({why}): {string.Join(", ", offending)}");
    }

    [Fact]
    public void Features_UseOtherFeatures_OnlyThroughAllowedEdges()
    {
        var used = Edges()
            .Select(e => (From: FeatureOf(e.From), To: FeatureOf(e.To)))
            .Where(e => e.From is not null && e.To is not null && e.From != e.To)
            .Select(e => $"{e.From} → {e.To}")
            .ToHashSet(StringComparer.Ordinal);

        var notAllowed = used.Except(AllowedFeatureEdges).Order(StringComparer.Ordinal).ToList();

        Assert.True(notAllowed.Count == 0, "Feature edges not allowed: " + string.Join(", ", notAllowed));
    }

    [Fact]
    public void Namespaces_Cycles_AreOnlyTheAllowedOnes()
    {
        var cycles = Cycles();

        var unexpected = cycles.Except(AllowedCycles).Order(StringComparer.Ordinal).ToList();

        Assert.True(unexpected.Count == 0, "Namespace cycles not on the allow-list:\n" + string.Join("\n", unexpected.Select(c => $"\"{c}\",")));
    }

    [Fact]
    public void Dependencies_KnownViolations_StillExist()
    {
        var edges = Edges().Select(e => $"{e.From} → {e.To}").ToHashSet(StringComparer.Ordinal);

        var gone = KnownViolations.Except(edges).Order(StringComparer.Ordinal).ToList();

        Assert.True(gone.Count == 0, "Known violations that no longer exist; remove them from the list: " + string.Join(", ", gone));
    }

    [Fact]
    public void Namespaces_AllowedCycles_StillExist()
    {
        var cycles = Cycles();

        var gone = AllowedCycles.Except(cycles).Order(StringComparer.Ordinal).ToList();

        Assert.True(gone.Count == 0, "Allowed cycles that no longer exist; remove them from the list:\n" + string.Join("\n", gone));
    }

    [Theory]
    [InlineData("PmgBot.Core.Data", "PmgBot.Core.Data", true)]
    [InlineData("PmgBot.Core.Features.Register.Matching", "PmgBot.Core.Features", true)]
    [InlineData("PmgBot.Core.DataX", "PmgBot.Core.Data", false)]
    [InlineData("PmgBot.Core", "PmgBot.Core.Data", false)]
    public void IsIn_NamespaceAndPrefix_MatchesWholeSegments(string ns, string prefix, bool expected)
    {
        Assert.Equal(expected, IsIn(ns, prefix));
    }

    [Theory]
    [InlineData("PmgBot.Core.Features.Register.Matching", "Register")]
    [InlineData("PmgBot.Core.Features.Welcome", "Welcome")]
    [InlineData("PmgBot.Core.Data", null)]
    [InlineData("PmgBot.Bot.Flows", null)]
    public void FeatureOf_Namespace_IsTheFolderUnderFeatures(string ns, string? expected)
    {
        Assert.Equal(expected, FeatureOf(ns));
    }

    [Fact]
    public void Graph_ProductAssemblies_SeeKnownEdges()
    {
        // The reader itself: a signature edge, an IL-only edge (a static call) and no self edges.
        var edges = NamespaceGraph.Edges;

        Assert.Contains("PmgBot.Core.Turns", edges["PmgBot.Bot.Routing"]);
        Assert.Contains("PmgBot.Core.Turns", edges["PmgBot.Core.Features.Reports"]);
        Assert.DoesNotContain(edges, e => e.Value.Contains(e.Key));
    }

    private static IEnumerable<(string From, string To)> Edges() =>
        NamespaceGraph.Edges.SelectMany(e => e.Value.Select(to => (e.Key, to)));

    private static bool IsIn(string ns, string prefix) =>
        string.Equals(ns, prefix, StringComparison.Ordinal) || ns.StartsWith(prefix + ".", StringComparison.Ordinal);

    private static string? FeatureOf(string ns) =>
        IsIn(ns, Features) && ns.Length > Features.Length ? ns[(Features.Length + 1)..].Split('.')[0] : null;

    /// <summary>The strongly connected components of more than one namespace (Tarjan), each as its sorted members.</summary>
    private static HashSet<string> Cycles()
    {
        var graph = NamespaceGraph.Edges;
        var nodes = graph.Keys.Concat(graph.Values.SelectMany(v => v)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var low = new Dictionary<string, int>(StringComparer.Ordinal);
        var stack = new Stack<string>();
        var onStack = new HashSet<string>(StringComparer.Ordinal);
        var cycles = new HashSet<string>(StringComparer.Ordinal);
        var next = 0;

        void Visit(string node)
        {
            index[node] = low[node] = next++;
            stack.Push(node);
            onStack.Add(node);
            foreach (var to in graph.TryGetValue(node, out var targets) ? targets.Order(StringComparer.Ordinal) : Enumerable.Empty<string>())
            {
                if (!index.ContainsKey(to))
                {
                    Visit(to);
                    low[node] = Math.Min(low[node], low[to]);
                }
                else if (onStack.Contains(to))
                {
                    low[node] = Math.Min(low[node], index[to]);
                }
            }

            if (low[node] != index[node])
            {
                return;
            }

            var members = new List<string>();
            string member;
            do
            {
                member = stack.Pop();
                onStack.Remove(member);
                members.Add(member);
            }
            while (!string.Equals(member, node, StringComparison.Ordinal));

            if (members.Count > 1)
            {
                cycles.Add(string.Join(" ↔ ", members.Order(StringComparer.Ordinal)));
            }
        }

        foreach (var node in nodes.Where(n => !index.ContainsKey(n)))
        {
            Visit(node);
        }

        return cycles;
    }
}
