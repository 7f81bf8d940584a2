namespace PmgBot.Core.Register;

/// <summary>The kinds of concern in a report; several may apply.</summary>
[Flags]
public enum ConcernTypes
{
    None = 0,
    Wapenbezit = 1,
    Drugs = 2,
    Schoolverzuim = 4,
    Overlast = 8,
    Geweld = 16,
    OnlineOfCyber = 32,
    RonselenOfUitbuiting = 64,
    ZorgenThuis = 128,
    Anders = 256,
}
