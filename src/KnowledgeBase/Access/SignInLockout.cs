using System.Collections.Concurrent;

namespace KnowledgeBase.Access;

/// <summary>Locks a user name after repeated failed sign-ins, so a password cannot be guessed by trying.</summary>
/// <remarks>
/// Kept in the site's memory, not in the users file: the indexer's <c>users</c> command is the file's only writer, so the site
/// never races it, and the file stays a list a person can read. The price: a restart forgets lockouts (an attacker gains one
/// more round of <see cref="AccessOptions.MaxFailures"/> tries per restart). Only names in the users file are counted,
/// so made-up names cannot grow this table.
/// </remarks>
public sealed class SignInLockout(AccessOptions options, TimeProvider clock)
{
    private readonly ConcurrentDictionary<string, Attempts> _attempts = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>When the name may try again, or null when it may now.</summary>
    public DateTimeOffset? LockedUntil(string name) =>
        _attempts.TryGetValue(name, out var attempts) && attempts.LockedUntil is { } until && until > clock.GetUtcNow() ? until : null;

    public void Failed(string name) =>
        _attempts.AddOrUpdate(name, _ => Next(new Attempts(0, null)), (_, attempts) => Next(attempts));

    public void Succeeded(string name) => _attempts.TryRemove(name, out _);

    private Attempts Next(Attempts attempts)
    {
        // A lock that has run out starts a fresh count.
        var failures = attempts.LockedUntil is { } until && until <= clock.GetUtcNow() ? 1 : attempts.Failures + 1;
        return failures >= options.MaxFailures
            ? new Attempts(0, clock.GetUtcNow() + options.Lockout)
            : new Attempts(failures, null);
    }

    private sealed record Attempts(int Failures, DateTimeOffset? LockedUntil);
}
