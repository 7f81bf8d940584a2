using PmgBot.Core.Features.Meetings.Agenda;

namespace PmgBot.Tests.Features.Meetings.Agenda;

/// <summary>Short ways to write agenda items in test tables, and seeded random agendas.</summary>
internal static class Agendas
{
    public static AgendaItem Item(string id, int minutes, params string[] partners) => new(id, minutes, partners);

    public static AgendaItem First(string id, int minutes, params string[] partners) => new(id, minutes, partners, AgendaPins.First);

    public static AgendaItem Last(string id, int minutes, params string[] partners) => new(id, minutes, partners, AgendaPins.Last);

    public static AgendaItem NotBefore(int minute, string id, int minutes, params string[] partners) => new(id, minutes, partners, null, minute);

    /// <summary>The agenda of the example: zero waiting is possible (school, halt, politie one after the other).</summary>
    public static AgendaItem?[] Example =>
    [
        Item("PMG-J-0017", 10, "politie", "halt"),
        Item("PMG-J-0018", 15, "school"),
        Item("PMG-J-0019", 10, "politie"),
        Item("PMG-J-0020", 5, "halt", "school"),
    ];

    /// <summary>
    /// A random agenda: 1–30 minutes and 1–3 of <paramref name="organisations"/> organisations per item; with
    /// <paramref name="pins"/> sometimes an item pinned first, one pinned last and a few start times (which may
    /// not fit together: the validator has to say so).
    /// </summary>
    public static AgendaItem?[] RandomAgenda(int seed, int items, int organisations, bool pins)
    {
        var random = new Random(seed);
        var agenda = new AgendaItem?[items];
        var first = pins && random.Next(3) == 0 ? random.Next(items) : -1;
        var last = pins && random.Next(3) == 0 ? random.Next(items) : -1;
        for (var i = 0; i < items; i++)
        {
            var partners = Enumerable.Range(0, random.Next(1, 4))
                .Select(_ => "org" + random.Next(organisations))
                .Distinct()
                .ToArray();
            var pin = i == first ? AgendaPins.First : i == last ? AgendaPins.Last : null;
            int? notBefore = pins && random.Next(5) == 0 ? random.Next(0, 15 * items) : null;
            agenda[i] = new AgendaItem($"PMG-J-{i + 1:D4}", random.Next(1, 31), partners, pin, notBefore);
        }

        return agenda;
    }
}
