namespace PmgBot.Core.Features.Actions.Letters;

/// <summary>
/// The built-in letters in plain Dutch (B1: short sentences, everyday words), used when a JPP has no template of its
/// own. "u" to parents, "je" to a youth. Each string is a paragraph; placeholders as in <see cref="LetterPlaceholders"/>.
/// </summary>
public static class DefaultLetterTexts
{
    public static IReadOnlyList<string> Of(LetterKind kind, LetterAddressee addressee) => (kind, addressee) switch
    {
        (LetterKind.Notificatiebrief, LetterAddressee.Ouders) =>
        [
            "{{plaats}}, {{datum}}",
            "Onderwerp: {{jongere}} wordt besproken in het JPP {{jpp}}",
            "Beste ouder(s) of verzorger(s) van {{jongere}},",
            "Met deze brief laten wij u weten dat wij {{jongere}} bespreken in het Jeugd Preventie Platform (JPP) {{jpp}}. In het JPP werken organisaties samen, zoals de gemeente, de politie, Halt, het jongerenwerk en de school.",
            "Wij maken ons zorgen over {{jongere}}. Samen kijken wij wat {{jongere}} nodig heeft, zodat het goed gaat en er geen grotere problemen komen.",
            "{{jongere}} krijgt één vaste contactpersoon: de casusregisseur. Dat is {{casusregisseur}} van {{casusregisseur_organisatie}}. De casusregisseur houdt het overzicht en neemt contact met u op.",
            "Hebt u vragen, of wilt u zelf iets vertellen? Neem dan contact op met {{casusregisseur}}. Telefoon: {{casusregisseur_telefoon}}. E-mail: {{casusregisseur_email}}.",
            "Wij gaan zorgvuldig om met de gegevens van {{jongere}}. Alleen de organisaties die met {{jongere}} te maken hebben, krijgen informatie.",
            "Met vriendelijke groet,",
            "{{voorzitter}}, voorzitter van het JPP {{jpp}}",
        ],
        (LetterKind.Notificatiebrief, LetterAddressee.Jongere) =>
        [
            "{{plaats}}, {{datum}}",
            "Onderwerp: je wordt besproken in het JPP {{jpp}}",
            "Beste {{jongere_voornaam}},",
            "Met deze brief laten we je weten dat we je bespreken in het Jeugd Preventie Platform (JPP) {{jpp}}. In het JPP werken organisaties samen, zoals de gemeente, de politie, Halt, het jongerenwerk en de school.",
            "We maken ons zorgen over je. Samen kijken we wat je nodig hebt, zodat het goed met je gaat en je geen grotere problemen krijgt.",
            "Je krijgt één vaste contactpersoon: de casusregisseur. Dat is {{casusregisseur}} van {{casusregisseur_organisatie}}. De casusregisseur houdt het overzicht en neemt contact met je op.",
            "Heb je vragen, of wil je zelf iets vertellen? Neem dan contact op met {{casusregisseur}}. Telefoon: {{casusregisseur_telefoon}}. E-mail: {{casusregisseur_email}}.",
            "We gaan zorgvuldig om met je gegevens. Alleen de organisaties die met jou te maken hebben, krijgen informatie.",
            "Met vriendelijke groet,",
            "{{voorzitter}}, voorzitter van het JPP {{jpp}}",
        ],
        (LetterKind.Complimentbrief, LetterAddressee.Ouders) =>
        [
            "{{plaats}}, {{datum}}",
            "Onderwerp: een compliment voor {{jongere}}",
            "Beste ouder(s) of verzorger(s) van {{jongere}},",
            "Eerder hebben wij {{jongere}} besproken in het Jeugd Preventie Platform (JPP) {{jpp}}. Met deze brief willen wij u iets goeds laten weten.",
            "Het gaat de laatste tijd goed met {{jongere}}. Daar zijn wij blij mee. Wij willen {{jongere}} en u daarom een compliment geven.",
            "Hebt u vragen? Neem dan contact op met {{casusregisseur}} van {{casusregisseur_organisatie}}. Telefoon: {{casusregisseur_telefoon}}. E-mail: {{casusregisseur_email}}.",
            "Met vriendelijke groet,",
            "{{voorzitter}}, voorzitter van het JPP {{jpp}}",
        ],
        (LetterKind.Complimentbrief, LetterAddressee.Jongere) =>
        [
            "{{plaats}}, {{datum}}",
            "Onderwerp: een compliment voor jou",
            "Beste {{jongere_voornaam}},",
            "Eerder hebben we je besproken in het Jeugd Preventie Platform (JPP) {{jpp}}. Met deze brief willen we je iets goeds laten weten.",
            "Het gaat de laatste tijd goed met je. Daar zijn we blij mee. Je hebt hard je best gedaan. Goed gedaan, en ga zo door!",
            "Heb je vragen? Neem dan contact op met {{casusregisseur}} van {{casusregisseur_organisatie}}. Telefoon: {{casusregisseur_telefoon}}. E-mail: {{casusregisseur_email}}.",
            "Met vriendelijke groet,",
            "{{voorzitter}}, voorzitter van het JPP {{jpp}}",
        ],
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown letter."),
    };
}
