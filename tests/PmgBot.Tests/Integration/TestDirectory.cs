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

    /// <summary>Chair (voorzitter) of JPP Heerlen, ZVH.</summary>
    public const string VoorzitterHeerlen = "d4444444-4444-4444-8444-444444444444";

    /// <summary>A second chair of JPP Heerlen (municipality), to see that the first chair's decision is shown to them.</summary>
    public const string TweedeVoorzitterHeerlen = "e1212121-1212-4121-8121-121212121212";

    /// <summary>Procesregisseur of JPP Heerlen, ZVH.</summary>
    public const string ProcesregisseurHeerlen = "e5555555-5555-4555-8555-555555555555";

    /// <summary>Youth worker, casusregisseur + deelnemer JPP Heerlen (organisation "jongerenwerk").</summary>
    public const string Casusregisseur = "f6666666-6666-4666-8666-666666666666";

    /// <summary>Police officer, deelnemer JPP Heerlen (organisation "politie").</summary>
    public const string Politie = "a7777777-7777-4777-8777-777777777777";

    /// <summary>Chair of JPP Brunssum (another JPP of the region), ZVH.</summary>
    public const string VoorzitterBrunssum = "b8888888-8888-4888-8888-888888888888";

    /// <summary>A teacher at a Brunssum school, melder only, JPP Brunssum.</summary>
    public const string MelderBrunssum = "c9999999-9999-4999-8999-999999999999";

    /// <summary>Programme manager of the municipality, no case role.</summary>
    public const string Programmamanager = "d0000000-0000-4000-8000-000000000000";

    public const string MelderOrganisation = "Scholengemeenschap De Voorbeeldschool";
    public const string MelderEmail = "sanne.test@voorbeeldschool.example";
    public const string MelderPhone = "06-12340001";

    public const string Json = """
        {
          "organisations": [
            { "id": "voorbeeldschool", "name": "Scholengemeenschap De Voorbeeldschool", "kind": "school" },
            { "id": "zvh", "name": "Zorg- en Veiligheidshuis Voorbeeld", "kind": "ZVH" },
            { "id": "jongerenwerk", "name": "Jongerenwerk Voorbeeld", "kind": "jongerenwerk" },
            { "id": "politie", "name": "Politie Basisteam Voorbeeld", "kind": "politie" },
            { "id": "gemeente-heerlen", "name": "Gemeente Heerlen", "kind": "gemeente" },
            { "id": "brunssumschool", "name": "Brunssum College Voorbeeld", "kind": "school" }
          ],
          "municipalities": [ { "id": "heerlen", "name": "Heerlen" }, { "id": "brunssum", "name": "Brunssum" } ],
          "jpps": [
            { "id": "jpp-heerlen", "name": "JPP Heerlen", "municipality": "heerlen" },
            { "id": "jpp-brunssum", "name": "JPP Brunssum", "municipality": "brunssum" }
          ],
          "professionals": [
            { "aadObjectId": "a1111111-1111-4111-8111-111111111111", "displayName": "Sanne Test", "email": "sanne.test@voorbeeldschool.example",
              "phone": "06-12340001", "organisation": "voorbeeldschool", "roles": [ "melder", "deelnemer JPP" ], "jpps": [ "jpp-heerlen" ] },
            { "aadObjectId": "b2222222-2222-4222-8222-222222222222", "displayName": "Bram Beheer", "email": "bram.beheer@zvh.example",
              "phone": "06-12340002", "organisation": "zvh", "roles": [ "beheerder" ], "jpps": [ "jpp-heerlen" ] },
            { "aadObjectId": "d4444444-4444-4444-8444-444444444444", "displayName": "Vera Voorzitter", "email": "vera.voorzitter@zvh.example",
              "phone": "06-12340003", "organisation": "zvh", "roles": [ "voorzitter" ], "jpps": [ "jpp-heerlen" ] },
            { "aadObjectId": "e1212121-1212-4121-8121-121212121212", "displayName": "Wim Tweede", "email": "wim.tweede@heerlen.example",
              "phone": "06-12340004", "organisation": "gemeente-heerlen", "roles": [ "voorzitter" ], "jpps": [ "jpp-heerlen" ] },
            { "aadObjectId": "e5555555-5555-4555-8555-555555555555", "displayName": "Piet Proces", "email": "piet.proces@zvh.example",
              "phone": "06-12340005", "organisation": "zvh", "roles": [ "procesregisseur" ], "jpps": [ "jpp-heerlen" ] },
            { "aadObjectId": "f6666666-6666-4666-8666-666666666666", "displayName": "Cas Regie", "email": "cas.regie@jongerenwerk.example",
              "phone": "06-12340006", "organisation": "jongerenwerk", "roles": [ "casusregisseur", "deelnemer JPP" ], "jpps": [ "jpp-heerlen" ] },
            { "aadObjectId": "a7777777-7777-4777-8777-777777777777", "displayName": "Paula Politie", "email": "paula.politie@politie.example",
              "phone": "06-12340007", "organisation": "politie", "roles": [ "deelnemer JPP" ], "jpps": [ "jpp-heerlen" ] },
            { "aadObjectId": "b8888888-8888-4888-8888-888888888888", "displayName": "Bert Brunssum", "email": "bert.brunssum@zvh.example",
              "phone": "06-12340008", "organisation": "zvh", "roles": [ "voorzitter" ], "jpps": [ "jpp-brunssum" ] },
            { "aadObjectId": "c9999999-9999-4999-8999-999999999999", "displayName": "Mila Leraar", "email": "mila.leraar@brunssumcollege.example",
              "phone": "06-12340009", "organisation": "brunssumschool", "roles": [ "melder" ], "jpps": [ "jpp-brunssum" ] },
            { "aadObjectId": "d0000000-0000-4000-8000-000000000000", "displayName": "Mark Manager", "email": "mark.manager@heerlen.example",
              "phone": "06-12340010", "organisation": "gemeente-heerlen", "roles": [ "programmamanager" ], "jpps": [] }
          ]
        }
        """;
}
