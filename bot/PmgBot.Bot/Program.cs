using PmgBot.Bot.Cli;
using PmgBot.Bot.Hosting;

// `PmgBot.Bot <command> …` runs an operator command (import-directory, manifest-package) and exits;
// without a command it runs the bot.
if (CliCommands.IsCommand(args))
{
#pragma warning disable RS0030 // An operator command answers on the terminal that ran it; the commands get these writers.
    return await CliCommands.RunAsync(args, Console.Out, Console.Error).ConfigureAwait(false);
#pragma warning restore RS0030
}

var builder = WebApplication.CreateBuilder(args);
builder.AddPmgBot();

var app = builder.Build();
await app.InitialisePmgBotAsync().ConfigureAwait(false);
app.MapPmgBot();
await app.RunAsync().ConfigureAwait(false);
return 0;
