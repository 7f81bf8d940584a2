using PmgBot.Benchmarks.Register;
using PmgBot.Core.Register;

namespace PmgBot.Benchmarks.Digest;

/// <summary>What <see cref="DigestRegister"/> stored: the register, each JPP's next meeting and the discussion history.</summary>
public sealed record DigestSeed(SeedResult Register, IReadOnlyList<JppMeeting> NextMeetings, int HistoryItems);
