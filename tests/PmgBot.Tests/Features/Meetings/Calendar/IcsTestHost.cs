using Ical.Net.CalendarComponents;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using PmgBot.Core.Features.Meetings.Calendar;

namespace PmgBot.Tests.Features.Meetings.Calendar;

/// <summary>An <see cref="IcsCalendarGateway"/> writing into a fresh temporary content root.</summary>
internal sealed class IcsTestHost : IDisposable
{
    public IcsTestHost()
    {
        ContentRoot = Path.Combine(Path.GetTempPath(), "pmgbot-ics-" + Guid.NewGuid().ToString("N"));
        var environment = new HostingEnvironment { ContentRootPath = ContentRoot };
        Folder = new IcsFolder(Options.Create(new CalendarOptions()), environment);
        Gateway = new IcsCalendarGateway(Folder, Clock, NullLogger<IcsCalendarGateway>.Instance);
    }

    public string ContentRoot { get; }

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 3, 2, 8, 30, 0, TimeSpan.Zero));

    public IcsFolder Folder { get; }

    public IcsCalendarGateway Gateway { get; }

    public string[] Files() =>
        System.IO.Directory.Exists(Folder.Path)
            ? [.. System.IO.Directory.GetFiles(Folder.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal)!]
            : [];

    /// <summary>A written file read back with Ical.Net: its METHOD, its one VEVENT and its VTIMEZONE ids.</summary>
    public (string Method, CalendarEvent Event, string[] TimeZones) Read(string fileName)
    {
        var calendar = Ical.Net.Calendar.Load(File.ReadAllText(Path.Combine(Folder.Path, fileName)))!;
        return (calendar.Method ?? string.Empty, calendar.Events.Single(), [.. calendar.TimeZones.Select(z => z.TzId!)]);
    }

    public void Dispose()
    {
        Gateway.Dispose();
        if (System.IO.Directory.Exists(ContentRoot))
        {
            System.IO.Directory.Delete(ContentRoot, recursive: true);
        }
    }
}
