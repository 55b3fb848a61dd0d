using KnowledgeBase.Core.Accounts;

namespace KnowledgeBase.Access;

/// <summary>What became of one sign-in attempt.</summary>
public abstract record SignInOutcome
{
    private SignInOutcome()
    {
    }

    public sealed record SignedIn(UserAccount Account) : SignInOutcome;

    /// <summary>Unknown name or wrong password: the reader is not told which.</summary>
    public sealed record Refused : SignInOutcome;

    public sealed record LockedOut(DateTimeOffset Until) : SignInOutcome;
}
