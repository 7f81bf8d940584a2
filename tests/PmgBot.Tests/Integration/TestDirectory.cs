namespace PmgBot.Tests.Integration;

/// <summary>A small directory for the integration tests, in the import format of <c>import-directory</c>.</summary>
internal static class TestDirectory
{
    /// <summary>A school safety coordinator: melder + deelnemer JPP.</summary>
    public const string Melder = "a1111111-1111-4111-8111-111111111111";

    /// <summary>A functional administrator of the network.</summary>
    public const string Beheerder = "b2222222-2222-4222-8222-222222222222";

    /// <summary>Someone with a Teams account in the tenant who is not registered.</summary>
    public const string Stranger = "c3333333-3333-4333-8333-333333333333";

    public const string MelderOrganisation = "Scholengemeenschap De Voorbeeldschool";
    public const string MelderEmail = "sanne.test@voorbeeldschool.example";
    public const string MelderPhone = "06-12340001";

    public const string Json = """
        {
          "organisations": [
            { "id": "voorbeeldschool", "name": "Scholengemeenschap De Voorbeeldschool", "kind": "school" },
            { "id": "zvh", "name": "Zorg- en Veiligheidshuis Voorbeeld", "kind": "ZVH" }
          ],
          "municipalities": [ { "id": "heerlen", "name": "Heerlen" } ],
          "jpps": [ { "id": "jpp-heerlen", "name": "JPP Heerlen", "municipality": "heerlen" } ],
          "professionals": [
            { "aadObjectId": "a1111111-1111-4111-8111-111111111111", "displayName": "Sanne Test", "email": "sanne.test@voorbeeldschool.example",
              "phone": "06-12340001", "organisation": "voorbeeldschool", "roles": [ "melder", "deelnemer JPP" ], "jpps": [ "jpp-heerlen" ] },
            { "aadObjectId": "b2222222-2222-4222-8222-222222222222", "displayName": "Bram Beheer", "email": "bram.beheer@zvh.example",
              "phone": "06-12340002", "organisation": "zvh", "roles": [ "beheerder" ], "jpps": [ "jpp-heerlen" ] }
          ]
        }
        """;
}
