namespace PmgBot.Bot.Demo;

/// <summary>
/// One action item of the demo's last Heerlen meeting: its owner (demo directory id), what, the due date in days from the
/// day of seeding (negative: overdue), and whether its owner already ticked it off (the day before).
/// </summary>
internal sealed record DemoActionItem(string OwnerId, string What, int DueInDays, bool Done = false);
