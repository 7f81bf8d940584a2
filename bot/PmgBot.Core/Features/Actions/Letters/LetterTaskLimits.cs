namespace PmgBot.Core.Features.Actions.Letters;

public static class LetterTaskLimits
{
    public const int ReasonMaxLength = 500;
}
