using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Npgsql;
using PmgBot.Benchmarks.Harness;

namespace PmgBot.Benchmarks.Register;

/// <summary>
/// A throw-away PostgreSQL server for the register benchmark, started the way the storage tests do
/// (tests/PmgBot.Tests/Support/PostgresServer.cs): initdb into a folder under /tmp, trust authentication, listening on
/// a free 127.0.0.1 port (unix socket in that folder), run as the <c>postgres</c> user when we are root. Unlike the
/// test server it keeps durability on (fsync and synchronous commit as PostgreSQL ships them), so the figures are
/// those of a real server. Disposing stops it and deletes the folder.
/// </summary>
public sealed class PostgresCluster : IAsyncDisposable
{
    private readonly string _root;
    private readonly string _binaries;
    private readonly bool _asPostgres;

    private PostgresCluster(string root, string binaries, bool asPostgres, string connectionString, string version)
    {
        _root = root;
        _binaries = binaries;
        _asPostgres = asPostgres;
        AdminConnectionString = connectionString;
        Version = version;
    }

    public string AdminConnectionString { get; }

    /// <summary>The server's version line (<c>postgres --version</c>).</summary>
    public string Version { get; }

    public static async Task<PostgresCluster> StartAsync(CancellationToken cancellationToken)
    {
        var binaries = FindBinaries() ?? throw new InvalidOperationException(
            "PostgreSQL server binaries (initdb, pg_ctl) not found in /usr/lib/postgresql/*/bin or on PATH; "
            + "run-register.sh installs them with apt (package postgresql).");
        var asPostgres = Environment.IsPrivilegedProcess;
        var root = Path.Combine("/tmp", "pmgbot-bench-pg-" + Guid.NewGuid().ToString("N")[..10]);
        Directory.CreateDirectory(root);
        try
        {
            if (asPostgres)
            {
                await RunAsync("chown", ["postgres:postgres", root], asPostgres: false, cancellationToken).ConfigureAwait(false);
            }

            var data = Path.Combine(root, "data");
            await RunAsync(Path.Combine(binaries, "initdb"), ["-D", data, "-A", "trust", "-U", "postgres", "-E", "UTF8", "--locale=C"], asPostgres, cancellationToken)
                .ConfigureAwait(false);
            var port = FreePort();
            // POSTGRES_SERVER_OPTIONS: extra server settings to try, e.g. "-c synchronous_commit=off" (not the default: durability as shipped).
            var options = string.Create(CultureInfo.InvariantCulture, $"-p {port} -k {root} -c listen_addresses=127.0.0.1 -c max_connections=200 {Environment.GetEnvironmentVariable("POSTGRES_SERVER_OPTIONS")}").TrimEnd();
            await RunAsync(Path.Combine(binaries, "pg_ctl"), ["-D", data, "-l", Path.Combine(root, "server.log"), "-w", "-t", "60", "-o", options, "start"], asPostgres, cancellationToken)
                .ConfigureAwait(false);
            var version = (await RunAsync(Path.Combine(binaries, "postgres"), ["--version"], asPostgres: false, cancellationToken).ConfigureAwait(false)).Trim();
            var connectionString = new NpgsqlConnectionStringBuilder { Host = "127.0.0.1", Port = port, Username = "postgres", Database = "postgres" }.ConnectionString;
            return new PostgresCluster(root, binaries, asPostgres, connectionString, version);
        }
        catch
        {
            Directory.Delete(root, recursive: true);
            throw;
        }
    }

    /// <summary>Creates an empty database and returns its connection string.</summary>
    public async Task<string> CreateDatabaseAsync(string name, CancellationToken cancellationToken)
    {
        var connection = new NpgsqlConnection(AdminConnectionString);
        await using (connection.ConfigureAwait(false))
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await using (command.ConfigureAwait(false))
            {
                await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
        }

        return new NpgsqlConnectionStringBuilder(AdminConnectionString) { Database = name }.ConnectionString;
    }

    /// <summary>CPU time (user + system) of the server: the postmaster and its processes (backends, WAL writer, …), from /proc.</summary>
    public TimeSpan ReadCpu()
    {
        var pidFile = Path.Combine(_root, "data", "postmaster.pid");
        if (!File.Exists(pidFile) || !int.TryParse(File.ReadLines(pidFile).First(), NumberStyles.None, CultureInfo.InvariantCulture, out var postmaster))
        {
            return TimeSpan.Zero;
        }

        // The postmaster's own time plus that of the backends that ended (it reaps them), plus the live backends: a
        // backend that exits during a phase moves from the second sum to the first, so the total never goes back.
        var total = Harness.ProcessCpu.ReadWithEndedChildren(postmaster) ?? TimeSpan.Zero;
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), NumberStyles.None, CultureInfo.InvariantCulture, out var pid) || pid == postmaster)
            {
                continue;
            }

            try
            {
                var stat = File.ReadAllText(Path.Combine(dir, "stat"));
                var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                if (int.Parse(fields[1], NumberStyles.Integer, CultureInfo.InvariantCulture) == postmaster)
                {
                    total += Harness.ProcessCpu.Read(pid) ?? TimeSpan.Zero;
                }
            }
            catch (IOException)
            {
                // the process ended meanwhile
            }
        }

        return total;
    }

    /// <summary>Copies the server's log (statement timings and checkpoints when POSTGRES_SERVER_OPTIONS asks for them) next to the run's other logs.</summary>
    public void SaveServerLog(string destination)
    {
        var log = Path.Combine(_root, "server.log");
        if (File.Exists(log))
        {
            File.Copy(log, destination, overwrite: true);
        }
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        try
        {
            if (File.Exists(Path.Combine(_root, "data", "postmaster.pid")))
            {
                await RunAsync(Path.Combine(_binaries, "pg_ctl"), ["-D", Path.Combine(_root, "data"), "-m", "immediate", "-w", "stop"], _asPostgres, CancellationToken.None)
                    .ConfigureAwait(false);
            }
        }
        catch (InvalidOperationException ex)
        {
            await Console.Error.WriteLineAsync($"warning: could not stop PostgreSQL in {_root}: {ex.Message}").ConfigureAwait(false);
        }
        finally
        {
            if (Directory.Exists(_root))
            {
                Directory.Delete(_root, recursive: true);
            }
        }
    }

    private static string? FindBinaries()
    {
        var candidates = new List<string>();
        if (Directory.Exists("/usr/lib/postgresql"))
        {
            candidates.AddRange(Directory.GetDirectories("/usr/lib/postgresql")
                .OrderByDescending(d => int.TryParse(Path.GetFileName(d), NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : 0)
                .Select(d => Path.Combine(d, "bin")));
        }

        candidates.AddRange((Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries));
        return candidates.FirstOrDefault(d => File.Exists(Path.Combine(d, "initdb")) && File.Exists(Path.Combine(d, "pg_ctl")));
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Runs a PostgreSQL tool (as user postgres when root) through the harness's <see cref="CommandRunner"/>; returns its output.</summary>
    private static async Task<string> RunAsync(string program, IReadOnlyList<string> arguments, bool asPostgres, CancellationToken cancellationToken)
    {
        var spec = new ProcessSpec(
            Path.GetFileName(program),
            asPostgres ? "runuser" : program,
            asPostgres ? ["-u", "postgres", "--", program, .. arguments] : arguments,
            Environment.CurrentDirectory,
            new Dictionary<string, string>());
        var result = await CommandRunner.RunAsync(spec, TimeSpan.FromMinutes(2), cancellationToken).ConfigureAwait(false);
        if (result.ExitCode != 0)
        {
            throw new InvalidOperationException($"{spec.Name} failed with exit code {result.ExitCode}:{Environment.NewLine}{result.Output}");
        }

        return result.Output;
    }
}
