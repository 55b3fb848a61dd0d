using Microsoft.AspNetCore.Identity;

namespace KnowledgeBase.Core.Accounts;

/// <summary>Hashes and checks passwords with ASP.NET Core Identity's <see cref="PasswordHasher{TUser}"/>, so the users file holds no password.</summary>
public static class Passwords
{
    public const int MinimumLength = 10;

    private static readonly PasswordHasher<UserAccount> Hasher = new();

    public static UserAccount Account(string name, UserRole role, string password)
    {
        var account = new UserAccount(name, role, "");
        return account with { PasswordHash = Hasher.HashPassword(account, password) };
    }

    /// <remarks>Constant-time in the hash comparison; a malformed hash is a failed check, not an exception.</remarks>
    public static bool Verify(UserAccount account, string password)
    {
        try
        {
            return Hasher.VerifyHashedPassword(account, account.PasswordHash, password) != PasswordVerificationResult.Failed;
        }
        catch (FormatException)
        {
            return false;
        }
    }

    /// <summary>Why a password cannot be used, or null when it can.</summary>
    public static string? Problem(string password) =>
        password.Length < MinimumLength ? $"a password has at least {MinimumLength} characters" : null;
}
