using Microsoft.EntityFrameworkCore;

namespace PmgBot.Core.Data;

/// <summary>The SQLite flavour (default). Its migrations live in <c>Data/Migrations/Sqlite</c>.</summary>
public sealed class SqlitePmgDbContext(DbContextOptions<SqlitePmgDbContext> options) : PmgDbContext(options);
