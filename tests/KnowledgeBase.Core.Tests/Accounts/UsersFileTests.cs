using KnowledgeBase.Core.Accounts;
using KnowledgeBase.Testing;

namespace KnowledgeBase.Core.Tests.Accounts;

public sealed class UsersFileTests
{
    [Fact]
    public void Accounts_written_are_read_back_sorted_by_name()
    {
        using var temp = new TempFolder();
        var path = temp.Combine("users.json");
        var aysel = Passwords.Account("aysel", UserRole.Drafter, "correct-horse-battery");
        var orkhan = Passwords.Account("orkhan", UserRole.Officer, "officer-password-1");

        UsersFile.Write(path, [orkhan, aysel]);

        Assert.Equal([aysel, orkhan], UsersFile.Read(path));
    }

    [Fact]
    public void The_file_names_roles_in_words_and_holds_no_password()
    {
        using var temp = new TempFolder();
        var path = temp.Combine("users.json");

        UsersFile.Write(path, [Passwords.Account("orkhan", UserRole.Officer, "officer-password-1")]);

        var text = File.ReadAllText(path);
        Assert.Contains("\"role\": \"officer\"", text, StringComparison.Ordinal);
        Assert.DoesNotContain("officer-password-1", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Writing_replaces_the_file_whole_and_leaves_no_temporary_file()
    {
        using var temp = new TempFolder();
        var path = temp.Combine("data", "users.json");
        UsersFile.Write(path, [Passwords.Account("aysel", UserRole.Drafter, "correct-horse-battery")]);

        UsersFile.Write(path, []);

        Assert.Empty(UsersFile.Read(path));
        Assert.Equal(["users.json"], Directory.GetFiles(temp.Combine("data")).Select(Path.GetFileName));
    }

    [Fact]
    public void A_missing_file_has_no_users()
    {
        using var temp = new TempFolder();

        Assert.Empty(UsersFile.Read(temp.Combine("users.json")));
    }

    [Fact]
    public void A_file_that_is_not_a_users_file_is_reported_not_taken_as_empty()
    {
        using var temp = new TempFolder();
        var path = temp.Combine("users.json");
        File.WriteAllText(path, "{ \"users\": [ { \"name\": \"aysel\", \"role\": \"superuser\" } ] }");

        var error = Assert.Throws<InvalidDataException>(() => UsersFile.Read(path));
        Assert.Contains(path, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("aysel")]
    [InlineData("AYSEL")]
    [InlineData("Aysel")]
    public void A_name_is_found_without_regard_to_case(string typed)
    {
        var accounts = new[] { Passwords.Account("aysel", UserRole.Drafter, "correct-horse-battery") };

        Assert.Equal("aysel", UsersFile.Find(accounts, typed)?.Name);
    }
}
