using KnowledgeBase.Core.Accounts;

namespace KnowledgeBase.Access;

/// <summary>Checks a name and password against the users file, counting failures towards a lockout.</summary>
public sealed class PasswordSignIn(UserDirectory users, SignInLockout lockout, ILogger<PasswordSignIn> logger)
{
    // Checked against when the name is unknown, so an unknown name costs as long as a wrong password.
    private static readonly UserAccount Nobody = Passwords.Account("nobody", UserRole.Officer, Guid.NewGuid().ToString());

    public SignInOutcome Check(string? name, string? password)
    {
        name = name?.Trim() ?? "";
        password ??= "";
        if (name.Length == 0 || password.Length == 0)
            return new SignInOutcome.Refused();
        if (lockout.LockedUntil(name) is { } until)
            return new SignInOutcome.LockedOut(until);

        var account = users.Find(name);
        if (account is null)
        {
            Passwords.Verify(Nobody, password);
            return new SignInOutcome.Refused();
        }
        if (Passwords.Verify(account, password))
        {
            lockout.Succeeded(account.Name);
            return new SignInOutcome.SignedIn(account);
        }
        lockout.Failed(account.Name);
        logger.LogWarning("Failed sign-in for {Name}", account.Name);
        return lockout.LockedUntil(account.Name) is { } locked ? new SignInOutcome.LockedOut(locked) : new SignInOutcome.Refused();
    }
}
