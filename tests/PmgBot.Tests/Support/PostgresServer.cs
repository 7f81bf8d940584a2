using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace PmgBot.Tests.Support;

/// <summary>
/// A PostgreSQL server for the storage tests (xunit collection fixture, see <see cref="PostgresServerCollection"/>).
/// With <c>PMGBOT_TEST_POSTGRES</c> set (an Npgsql connection string of a user that may create databases) that
/// server is used. Otherwise a throw-away server is started: initdb into a temp folder, listening on a free
/// 127.0.0.1 port with its unix socket in that folder, trust authentication, stopped and deleted at the end.
/// As root it runs as the <c>postgres</c> user (PostgreSQL refuses to run as root).
/// Without PostgreSQL binaries the fixture fails: run the tests with the README test command, which installs them.
/// </summary>
public sealed class PostgresServer : IAsyncLifetime
{
    public const string EnvironmentVariable = "PMGBOT_TEST_POSTGRES";

    private string? _root;
    private string? _binaries;
    private bool _runAsPostgresUser;
    private bool _own;
    private string? _serverOptions;

    /// <summary>Connection string to the server's maintenance database (used to create and drop test databases).</summary>
    public string AdminConnectionString { get; private set; } = "";

    /// <summary>A server of its own, whatever <see cref="EnvironmentVariable"/> says (a test that stops and starts it).</summary>
    public static async Task<PostgresServer> StartOwnAsync()
    {
        var server = new PostgresServer { _own = true };
        await server.InitializeAsync().ConfigureAwait(false);
        return server;
    }

    public async Task InitializeAsync()
    {
        var external = _own ? null : Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(external))
        {
            AdminConnectionString = external;
            return;
        }

        _binaries = FindBinaries() ?? throw new InvalidOperationException(
            "PostgreSQL server binaries (initdb, pg_ctl) were not found on PATH or in /usr/lib/postgresql/*/bin. "
            + "The storage tests run against SQLite AND PostgreSQL. Run the tests with the README test command "
            + "(tests/run.sh, it installs PostgreSQL with apt when missing), or set " + EnvironmentVariable
            + " to an Npgsql connection string of a server where the user may create databases.");

        _runAsPostgresUser = Environment.IsPrivilegedProcess;
        // /tmp: reachable for the postgres user whatever TMPDIR says, and short enough for the unix socket path.
        var temp = System.IO.Directory.Exists("/tmp") ? "/tmp" : Path.GetTempPath();
        _root = Path.Combine(temp, "pmgbot-pg-" + Guid.NewGuid().ToString("N")[..10]);
        try
        {
            await StartServerAsync(_binaries, _root).ConfigureAwait(false);
        }
        catch
        {
            await DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    private async Task StartServerAsync(string binaries, string root)
    {
        System.IO.Directory.CreateDirectory(root);
        if (_runAsPostgresUser)
        {
            await RunAsync("chown", ["postgres:postgres", root], asPostgres: false).ConfigureAwait(false);
        }

        var data = Path.Combine(root, "data");
        await RunAsync(Path.Combine(binaries, "initdb"),
            ["-D", data, "-A", "trust", "-U", "postgres", "-E", "UTF8", "--locale=C", "--no-sync"], _runAsPostgresUser).ConfigureAwait(false);

        // The free port is found before the server binds it; another process may take it in between, so retry.
        for (var attempt = 1; ; attempt++)
        {
            var port = FreePort();
            // The shared test server trades durability for speed. A server of its own is stopped like a crash
            // (StopAsync), and a commit it acknowledged must survive that as on a real server: there
            // synchronous_commit stays on (its default), or a completion acknowledged just before the stop is lost and
            // the turn runs again (the outage test saw exactly that).
            var durability = _own ? "-c fsync=off -c full_page_writes=off" : "-c fsync=off -c synchronous_commit=off -c full_page_writes=off";
            var serverOptions = string.Create(CultureInfo.InvariantCulture,
                $"-p {port} -k {root} -c listen_addresses=127.0.0.1 {durability}");
            try
            {
                await RunAsync(Path.Combine(binaries, "pg_ctl"),
                    ["-D", data, "-l", Path.Combine(root, $"server-{attempt}.log"), "-w", "-t", "60", "-o", serverOptions, "start"], _runAsPostgresUser)
                    .ConfigureAwait(false);
            }
            catch (InvalidOperationException) when (attempt < 3)
            {
                continue;
            }

            _serverOptions = serverOptions;
            AdminConnectionString = new NpgsqlConnectionStringBuilder
            {
                Host = "127.0.0.1",
                Port = port,
                Username = "postgres",
                Database = "postgres",
            }.ConnectionString;
            return;
        }
    }

    public async Task DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        if (_root is null || _binaries is null)
        {
            return;
        }

        try
        {
            if (File.Exists(Path.Combine(_root, "data", "postmaster.pid")))
            {
                await RunAsync(Path.Combine(_binaries, "pg_ctl"), ["-D", Path.Combine(_root, "data"), "-m", "immediate", "-w", "stop"], _runAsPostgresUser)
                    .ConfigureAwait(false);
            }
        }
        finally
        {
            if (System.IO.Directory.Exists(_root))
            {
                System.IO.Directory.Delete(_root, recursive: true);
            }
        }
    }

    /// <summary>Stops a server of its own (<see cref="StartOwnAsync"/>) the way an outage would: at once, connections cut.</summary>
    public Task StopAsync() =>
        RunAsync(Path.Combine(Binaries(), "pg_ctl"), ["-D", Path.Combine(_root!, "data"), "-m", "immediate", "-w", "stop"], _runAsPostgresUser);

    /// <summary>Starts a server of its own again on the same port after <see cref="StopAsync"/>.</summary>
    public Task RestartAsync() =>
        RunAsync(Path.Combine(Binaries(), "pg_ctl"),
            ["-D", Path.Combine(_root!, "data"), "-l", Path.Combine(_root!, "server-restarted.log"), "-w", "-t", "60", "-o", _serverOptions!, "start"], _runAsPostgresUser);

    private string Binaries() => _own && _binaries is not null ? _binaries : throw new InvalidOperationException("Only a server of its own can be stopped and started.");

    /// <summary>Creates an empty database with a unique name and returns its connection string.</summary>
    public async Task<string> CreateDatabaseAsync()
    {
        var name = "pmgbot_test_" + Guid.NewGuid().ToString("N")[..16];
        await ExecuteAdminAsync($"CREATE DATABASE \"{name}\"").ConfigureAwait(false);
        return new NpgsqlConnectionStringBuilder(AdminConnectionString) { Database = name }.ConnectionString;
    }

    /// <summary>Drops a database made by <see cref="CreateDatabaseAsync"/>, closing its connections.</summary>
    public async Task DropDatabaseAsync(string connectionString)
    {
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database;
        NpgsqlConnection.ClearAllPools();
        await ExecuteAdminAsync($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)").ConfigureAwait(false);
    }

    private async Task ExecuteAdminAsync(string sql)
    {
        var connection = new NpgsqlConnection(AdminConnectionString);
        await using (connection.ConfigureAwait(false))
        {
            await connection.OpenAsync().ConfigureAwait(false);
            var command = new NpgsqlCommand(sql, connection);
            await using (command.ConfigureAwait(false))
            {
                await command.ExecuteNonQueryAsync().ConfigureAwait(false);
            }
        }
    }

    private static string? FindBinaries()
    {
        var candidates = (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .ToList();
        if (System.IO.Directory.Exists("/usr/lib/postgresql"))
        {
            candidates.AddRange(System.IO.Directory.GetDirectories("/usr/lib/postgresql")
                .OrderByDescending(d => int.TryParse(Path.GetFileName(d), NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : 0)
                .Select(d => Path.Combine(d, "bin")));
        }

        return candidates.FirstOrDefault(d => Exists(Path.Combine(d, "initdb")) && Exists(Path.Combine(d, "pg_ctl")));
    }

    /// <summary>True for a file, or a symbolic link whose final target exists (a dangling link does not count).</summary>
    private static bool Exists(string path)
    {
        var file = new FileInfo(path);
        return file.LinkTarget is null ? file.Exists : file.ResolveLinkTarget(returnFinalTarget: true)?.Exists == true;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task RunAsync(string program, IReadOnlyList<string> arguments, bool asPostgres)
    {
        var start = new ProcessStartInfo(asPostgres ? "runuser" : program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (asPostgres)
        {
            foreach (var a in (string[])["-u", "postgres", "--", program])
            {
                start.ArgumentList.Add(a);
            }
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {program}.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token).ConfigureAwait(false);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"{Path.GetFileName(program)} failed with exit code {process.ExitCode}:{Environment.NewLine}{await output.ConfigureAwait(false)}{await error.ConfigureAwait(false)}");
        }
    }
}
