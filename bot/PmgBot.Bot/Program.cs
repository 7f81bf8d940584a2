using PmgBot.Bot.Cli;
using PmgBot.Bot.Hosting;

// `PmgBot.Bot <command> …` runs an operator command (import-directory, manifest-package) and exits;
// without a command it runs the bot.
if (CliCommands.IsCommand(args))
{
    return await CliCommands.RunAsync(args).ConfigureAwait(false);
}

var builder = WebApplication.CreateBuilder(args);
builder.AddPmgBot();

var app = builder.Build();
await app.InitialisePmgBotAsync().ConfigureAwait(false);
app.MapPmgBot();
await app.RunAsync().ConfigureAwait(false);
return 0;
