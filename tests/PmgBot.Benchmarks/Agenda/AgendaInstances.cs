using System.Globalization;
using PmgBot.Core.Features.Meetings.Agenda;

namespace PmgBot.Benchmarks.Agenda;

/// <summary>
/// Random JPP-like agendas: 5–20 minutes per item, 1–4 partner organisations per item, some organisations (the police,
/// the municipality) at many more tables than others.
/// </summary>
public static class AgendaInstances
{
    public static List<AgendaItem?> Create(Random random, int items, int organisations)
    {
        ArgumentNullException.ThrowIfNull(random);
        var weights = Enumerable.Range(0, organisations).Select(o => 1.0 / Math.Sqrt(o + 1)).ToArray();
        var agenda = new List<AgendaItem?>(items);
        for (var i = 0; i < items; i++)
        {
            var count = random.NextDouble() switch { < 0.25 => 1, < 0.6 => 2, < 0.85 => 3, _ => 4 };
            var partners = new List<string?>();
            while (partners.Count < Math.Min(count, organisations))
            {
                var partner = "org" + Pick(random, weights).ToString("D2", CultureInfo.InvariantCulture);
                if (!partners.Contains(partner))
                {
                    partners.Add(partner);
                }
            }

            agenda.Add(new AgendaItem($"PMG-J-{i + 1:D4}", random.Next(5, 21), partners));
        }

        return agenda;
    }

    private static int Pick(Random random, double[] weights)
    {
        var x = random.NextDouble() * weights.Sum();
        for (var i = 0; i < weights.Length; i++)
        {
            x -= weights[i];
            if (x < 0)
            {
                return i;
            }
        }

        return weights.Length - 1;
    }
}
