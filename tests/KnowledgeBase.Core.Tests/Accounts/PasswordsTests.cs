using KnowledgeBase.Core.Accounts;

namespace KnowledgeBase.Core.Tests.Accounts;

public sealed class PasswordsTests
{
    [Fact]
    public void The_account_keeps_a_salted_hash_never_the_password()
    {
        var first = Passwords.Account("aysel", UserRole.Drafter, "correct-horse-battery");
        var second = Passwords.Account("aysel", UserRole.Drafter, "correct-horse-battery");

        Assert.DoesNotContain("correct-horse-battery", first.PasswordHash, StringComparison.Ordinal);
        Assert.NotEqual(first.PasswordHash, second.PasswordHash);
    }

    [Theory]
    [InlineData("correct-horse-battery", true)]
    [InlineData("Correct-horse-battery", false)]
    [InlineData("correct-horse-batter", false)]
    [InlineData("", false)]
    public void Only_the_password_itself_verifies(string typed, bool verifies)
    {
        var account = Passwords.Account("aysel", UserRole.Drafter, "correct-horse-battery");

        Assert.Equal(verifies, Passwords.Verify(account, typed));
    }

    [Theory]
    [InlineData("")]
    [InlineData("not base64 at all")]
    [InlineData("AAAA")]
    public void A_damaged_hash_refuses_every_password_without_throwing(string hash)
    {
        Assert.False(Passwords.Verify(new UserAccount("aysel", UserRole.Drafter, hash), "correct-horse-battery"));
    }

    [Theory]
    [InlineData("short", false)]
    [InlineData("ten-chars!", true)]
    public void A_password_has_at_least_ten_characters(string password, bool allowed)
    {
        Assert.Equal(allowed, Passwords.Problem(password) is null);
    }
}
