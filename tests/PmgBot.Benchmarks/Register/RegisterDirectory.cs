using System.Globalization;
using System.Text.Json.Nodes;

namespace PmgBot.Benchmarks.Register;

/// <summary>
/// The register benchmark's directory: the seven Parkstad municipalities with one JPP each, the region's partner
/// organisations, and per JPP ten fictional professionals (a chair and a procesregisseur of the ZVH, two
/// casusregisseurs, six reporters from school, police, truancy office, municipality, street coaches and Halt): 70 in
/// all, 56 of whom may report (the casusregisseurs are melders too). Written as a
/// directory JSON file for the bot's own <c>import-directory</c> command.
/// </summary>
public sealed class RegisterDirectory
{
    public static readonly IReadOnlyList<(string Id, string Name)> Municipalities =
    [
        ("heerlen", "Heerlen"), ("kerkrade", "Kerkrade"), ("landgraaf", "Landgraaf"), ("brunssum", "Brunssum"),
        ("beekdaelen", "Beekdaelen"), ("simpelveld", "Simpelveld"), ("voerendaal", "Voerendaal"),
    ];

    private static readonly (string Id, string Name, string Kind)[] RegionalOrganisations =
    [
        ("zvh-parkstad", "Zorg- en Veiligheidshuis Parkstad", "ZVH"),
        ("politie-parkstad", "Politie basisteam Parkstad", "politie"),
        ("jongerenwerk-parkstad", "Jongerenwerk Parkstad", "jongerenwerk"),
        ("jeugdreclassering-limburg", "Jeugdreclassering Limburg", "jeugdreclassering"),
        ("leerplicht-parkstad", "Bureau Leerplicht en VSV Parkstad", "leerplicht"),
        ("straatcoaches-parkstad", "Straatcoaches Parkstad", "straatcoaches"),
        ("halt-zuid-limburg", "Halt Zuid-Limburg", "Halt"),
        ("mijnstreek-college", "Mijnstreek College Heerlen (fictief)", "school"),
        ("anker-lyceum", "Het Anker Lyceum Kerkrade (fictief)", "school"),
    ];

    private static readonly string[] FirstNames =
    [
        "Anouk", "Bram", "Charlotte", "Daan", "Eva", "Freek", "Gerda", "Hans", "Ilse", "Joost", "Karin", "Luuk", "Marloes", "Niels",
        "Olga", "Pieter", "Quirine", "Roel", "Sanne", "Twan", "Ursula", "Vincent", "Wendy", "Xander", "Yvonne", "Zef",
    ];

    private static readonly string[] LastNames =
    [
        "Aarts", "Bemelmans", "Claessens", "Dautzenberg", "Erens", "Frijns", "Geurts", "Hermans", "Kessels", "Lemmens", "Meertens",
        "Nijsten", "Op den Kamp", "Peeters", "Quaedvlieg", "Ramakers", "Schoonbrood", "Tummers", "Vossen", "Wetzels",
    ];

    private RegisterDirectory(IReadOnlyList<BenchProfessional> professionals) => Professionals = professionals;

    public IReadOnlyList<BenchProfessional> Professionals { get; }

    public static string JppOf(string municipalityId) => "jpp-" + municipalityId;

    public IEnumerable<BenchProfessional> Of(ProfessionalKind kind) => Professionals.Where(p => p.Kind == kind);

    public IEnumerable<BenchProfessional> Of(ProfessionalKind kind, string jppId) => Professionals.Where(p => p.Kind == kind && p.JppId == jppId);

    public static RegisterDirectory Create()
    {
        var professionals = new List<BenchProfessional>();
        var n = 0;
        foreach (var (municipality, _) in Municipalities)
        {
            var jpp = JppOf(municipality);
            var school = municipality is "kerkrade" or "landgraaf" or "simpelveld" ? "anker-lyceum" : "mijnstreek-college";
            (string Organisation, ProfessionalKind Kind)[] roles =
            [
                ("zvh-parkstad", ProfessionalKind.Chair),
                ("zvh-parkstad", ProfessionalKind.Procesregisseur),
                ("jongerenwerk-parkstad", ProfessionalKind.Casusregisseur),
                ("jeugdreclassering-limburg", ProfessionalKind.Casusregisseur),
                (school, ProfessionalKind.Reporter),
                ("politie-parkstad", ProfessionalKind.Reporter),
                ("leerplicht-parkstad", ProfessionalKind.Reporter),
                ("gemeente-" + municipality, ProfessionalKind.Reporter),
                ("straatcoaches-parkstad", ProfessionalKind.Reporter),
                ("halt-zuid-limburg", ProfessionalKind.Reporter),
            ];
            foreach (var (organisation, kind) in roles)
            {
                n++;
                var id = string.Create(CultureInfo.InvariantCulture, $"b0000000-0000-4000-8000-{n:000000000000}");
                var name = FirstNames[n % FirstNames.Length] + " " + LastNames[(n * 7) % LastNames.Length];
                professionals.Add(new BenchProfessional(id, name, organisation, jpp, municipality, kind));
            }
        }

        return new RegisterDirectory(professionals);
    }

    /// <summary>The directory in the import JSON format (see bot/PmgBot.Bot/Demo/demo-directory.json).</summary>
    public string ToJson()
    {
        var organisations = new JsonArray();
        foreach (var (id, name, kind) in RegionalOrganisations)
        {
            organisations.Add(new JsonObject { ["id"] = id, ["name"] = name, ["kind"] = kind });
        }

        foreach (var (id, name) in Municipalities)
        {
            organisations.Add(new JsonObject { ["id"] = "gemeente-" + id, ["name"] = $"Gemeente {name}, team Jeugd en Veiligheid", ["kind"] = "gemeente" });
        }

        var municipalities = new JsonArray();
        var jpps = new JsonArray();
        foreach (var (id, name) in Municipalities)
        {
            municipalities.Add(new JsonObject { ["id"] = id, ["name"] = name });
            jpps.Add(new JsonObject { ["id"] = JppOf(id), ["name"] = "JPP " + name, ["municipality"] = id });
        }

        var professionals = new JsonArray();
        foreach (var p in Professionals)
        {
            var slug = p.DisplayName.ToLowerInvariant().Replace(' ', '.');
            professionals.Add(new JsonObject
            {
                ["aadObjectId"] = p.AadObjectId,
                ["displayName"] = p.DisplayName,
                ["email"] = $"{slug}@{p.OrganisationId}.example",
                ["phone"] = "06-1234" + p.AadObjectId[^4..],
                ["organisation"] = p.OrganisationId,
                ["roles"] = Roles(p.Kind),
                ["jpps"] = new JsonArray(p.JppId),
            });
        }

        return new JsonObject
        {
            ["organisations"] = organisations,
            ["municipalities"] = municipalities,
            ["jpps"] = jpps,
            ["professionals"] = professionals,
        }.ToJsonString();
    }

    private static JsonArray Roles(ProfessionalKind kind) => kind switch
    {
        ProfessionalKind.Chair => new JsonArray("voorzitter", "deelnemer JPP"),
        ProfessionalKind.Procesregisseur => new JsonArray("procesregisseur", "deelnemer JPP"),
        ProfessionalKind.Casusregisseur => new JsonArray("casusregisseur", "deelnemer JPP", "melder"),
        _ => new JsonArray("melder", "deelnemer JPP"),
    };
}
