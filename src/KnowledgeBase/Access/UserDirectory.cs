using KnowledgeBase.Core.Accounts;

namespace KnowledgeBase.Access;

/// <summary>The users file as the site sees it: read again whenever the indexer has rewritten it, so changes need no restart.</summary>
public sealed class UserDirectory(AccessOptions options, ILogger<UserDirectory> logger)
{
    private volatile Snapshot? _snapshot;

    /// <summary>The accounts now; none (so nobody signs in) when the file is missing or unreadable, which is logged.</summary>
    public IReadOnlyList<UserAccount> Accounts()
    {
        var written = File.Exists(options.UsersFile) ? File.GetLastWriteTimeUtc(options.UsersFile) : DateTime.MinValue;
        if (_snapshot is { } known && known.Written == written)
            return known.Accounts;
        IReadOnlyList<UserAccount> accounts;
        try
        {
            accounts = UsersFile.Read(options.UsersFile);
            if (accounts.Count == 0)
                logger.LogWarning("No users in {Path}: add one with `indexer users add NAME --role drafter`", options.UsersFile);
        }
        catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            logger.LogError(e, "The users file {Path} cannot be read: nobody can sign in", options.UsersFile);
            accounts = [];
        }
        _snapshot = new Snapshot(written, accounts);
        return accounts;
    }

    public UserAccount? Find(string name) => UsersFile.Find(Accounts(), name);

    private sealed record Snapshot(DateTime Written, IReadOnlyList<UserAccount> Accounts);
}
