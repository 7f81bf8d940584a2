namespace PmgBot.Benchmarks.Register;

/// <summary>Fictional names for the seeded youths and the new ones the load submits (deterministic by index).</summary>
public static class YouthNames
{
    public static readonly IReadOnlyList<string> FirstNames =
    [
        "Daan", "Sem", "Lucas", "Levi", "Finn", "Milan", "Noah", "Jesse", "Thijs", "Luuk", "Bram", "Ruben", "Sven", "Jayden", "Mees",
        "Tim", "Stijn", "Dex", "Julian", "Owen", "Mohamed", "Youssef", "Ayoub", "Bilal", "Emre", "Mert", "Kerem", "Damian", "Kacper",
        "Jakub", "Ricardo", "Dylano", "Jurgen", "Anouk", "Emma", "Julia", "Sophie", "Lotte", "Fleur", "Sara", "Noor", "Lisa", "Eva",
        "Tess", "Fenna", "Isa", "Zoë", "Chloë", "Noëlle", "Romée", "Yasmina", "Fatima", "Salma", "Elif", "Zeynep", "Ayşe", "Oliwia",
        "Zuzanna", "Shanice", "Naomi", "Jaimy", "Kiki", "Demi", "Mila",
    ];

    public static readonly IReadOnlyList<string?> Tussenvoegsels =
    [
        null, null, null, null, null, null, null, null, "de", "van", "van der", "van den", "van de", "op den", "ten",
    ];

    public static readonly IReadOnlyList<string> LastNames =
    [
        "Jansen", "Janssen", "Smeets", "Peters", "Willems", "Hendriks", "Dassen", "Bemelmans", "Kleijnen", "Lemmens", "Meijers",
        "Vliegen", "Ramaekers", "Schreurs", "Souren", "Wolters", "Coenen", "Houben", "Vanderheijden", "Cremers", "Brouns", "Crijns",
        "Habets", "Heijnen", "Jacobs", "Kuijpers", "Mertens", "Nelissen", "Offermans", "Pluijmen", "Quadflieg", "Rutten", "Schins",
        "Thewissen", "Ubachs", "Vaessen", "Wijnen", "Zeelen", "El Amrani", "Bouzid", "Benali", "El Idrissi", "Yilmaz", "Kaya",
        "Demir", "Şahin", "Çelik", "Nowak", "Kowalski", "Wiśniewski", "Lewandowski", "Pinas", "Sedney", "Amatmoekrim", "Müller",
        "Schmitz", "Dubois", "Lambert", "Berg", "Bosch", "Graaf", "Heuvel", "Linden", "Vries", "Brink", "Kamp",
    ];
}
