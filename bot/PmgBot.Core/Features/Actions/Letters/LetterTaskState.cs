namespace PmgBot.Core.Features.Actions.Letters;

public enum LetterTaskState
{
    Open = 0,
    Verstuurd = 1,
    NietVerstuurd = 2,
}
