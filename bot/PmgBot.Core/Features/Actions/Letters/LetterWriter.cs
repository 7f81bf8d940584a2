namespace PmgBot.Core.Features.Actions.Letters;

/// <summary>Writes the draft of a letter for the casusregisseur: the right template, filled, for an allowed addressee.</summary>
public sealed class LetterWriter(LetterTemplates templates)
{
    public LetterDocument Write(LetterKind kind, LetterAddressee addressee, string jppId, LetterFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        if (!LetterAddressees.Allowed(facts.YouthDateOfBirth, facts.Date).Contains(addressee))
        {
            return new LetterDocument(null, [$"Een brief aan de jongere zelf kan pas vanaf {LetterAddressees.YouthFromAge} jaar. Schrijf aan de ouders of verzorgers."]);
        }

        using var template = templates.Open(kind, addressee, jppId);
        return DocxLetter.Fill(template, LetterPlaceholders.Values(facts));
    }
}
