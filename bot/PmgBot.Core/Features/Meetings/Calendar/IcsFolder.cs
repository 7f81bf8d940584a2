using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace PmgBot.Core.Features.Meetings.Calendar;

/// <summary>
/// The folder of .ics invitations. Every invitation is its own file, <c>{uid}.{sequence}.ics</c> (a cancellation
/// <c>{uid}.{sequence}.cancel.ics</c>), so what was "sent" stays visible; the newest file of a UID is the event's
/// current state.
/// </summary>
public sealed partial class IcsFolder
{
    public IcsFolder(IOptions<CalendarOptions> options, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(environment);
        Path = System.IO.Path.GetFullPath(System.IO.Path.Combine(environment.ContentRootPath, options.Value.IcsFolder));
    }

    public string Path { get; }

    /// <summary>The newest file of <paramref name="uid"/>, or null when there is none.</summary>
    public IcsFile? Latest(string uid)
    {
        if (!System.IO.Directory.Exists(Path))
        {
            return null;
        }

        var prefix = FileKey(uid) + ".";
        IcsFile? latest = null;
        foreach (var file in System.IO.Directory.EnumerateFiles(Path, prefix + "*.ics"))
        {
            var name = System.IO.Path.GetFileName(file);
            var match = SequencePart().Match(name, prefix.Length);
            if (!match.Success || match.Index != prefix.Length
                || !int.TryParse(match.Groups["seq"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var sequence))
            {
                continue; // another UID that starts with this one and a dot
            }

            if (latest is null || sequence > latest.Sequence)
            {
                latest = new IcsFile(file, sequence, match.Groups["cancel"].Success);
            }
        }

        return latest;
    }

    /// <summary>Writes a new file (never overwrites one): written to a temporary name first, then moved in place.</summary>
    public async Task<string> WriteAsync(string uid, int sequence, bool cancel, string content, CancellationToken cancellationToken)
    {
        System.IO.Directory.CreateDirectory(Path);
        var name = string.Create(CultureInfo.InvariantCulture, $"{FileKey(uid)}.{sequence:D3}{(cancel ? ".cancel" : string.Empty)}.ics");
        var target = System.IO.Path.Combine(Path, name);
        var temporary = System.IO.Path.Combine(Path, "." + Guid.NewGuid().ToString("N") + ".tmp");
        try
        {
            await File.WriteAllTextAsync(temporary, content, new UTF8Encoding(false), cancellationToken).ConfigureAwait(false);
            File.Move(temporary, target, overwrite: false);
        }
        finally
        {
            File.Delete(temporary);
        }

        return target;
    }

    /// <summary>The UID itself when it is a safe file name, else a hash of it (a UID is the caller's transaction id).</summary>
    internal static string FileKey(string uid) =>
        SafeUid().IsMatch(uid)
            ? uid
            : "uid-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(uid)), 0, 16);

    [GeneratedRegex("^[A-Za-z0-9_-][A-Za-z0-9._-]{0,119}$")]
    private static partial Regex SafeUid();

    [GeneratedRegex(@"\G(?<seq>[0-9]{1,9})(?<cancel>\.cancel)?\.ics$")]
    private static partial Regex SequencePart();
}
