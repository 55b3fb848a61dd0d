using KnowledgeBase.Core.Accounts;
using KnowledgeBase.Indexer.Commands;
using KnowledgeBase.Testing;

namespace KnowledgeBase.Indexer.Tests.Commands;

/// <summary><c>indexer users</c>: the only writer of the internal site's users file.</summary>
public sealed class UsersCommandTests : IDisposable
{
    private readonly TempFolder _temp = new();

    private string File => _temp.Combine("users.json");

    public void Dispose() => _temp.Dispose();

    /// <summary>Runs the command with standard input redirected, as a script would.</summary>
    private IndexerRun Run(string? input, params string[] args)
    {
        using var output = new StringWriter();
        using var errors = new StringWriter();
        var passwords = new PasswordReader(new StringReader(input ?? ""), errors, fromTerminal: false);
        var code = CommandLine.Run(["users", .. args, "--users", File], output, errors, interactive: false, passwords);
        return new IndexerRun(code, output.ToString(), errors.ToString());
    }

    public sealed class Add : IDisposable
    {
        private readonly UsersCommandTests _users = new();

        public void Dispose() => _users.Dispose();

        [Fact]
        public void Reads_the_password_from_standard_input_and_stores_only_its_hash()
        {
            var run = _users.Run("correct-horse-battery\n", "add", "aysel", "--role", "drafter");

            Assert.Equal(ExitCodes.Success, run.ExitCode);
            Assert.Contains($"added aysel (drafter) in {_users.File}", run.Output, StringComparison.Ordinal);
            var account = Assert.Single(UsersFile.Read(_users.File));
            Assert.Equal(("aysel", UserRole.Drafter), (account.Name, account.Role));
            Assert.True(Passwords.Verify(account, "correct-horse-battery"));
            Assert.DoesNotContain("correct-horse-battery", System.IO.File.ReadAllText(_users.File), StringComparison.Ordinal);
        }

        [Fact]
        public void Adding_an_existing_name_gives_it_a_new_password_and_role()
        {
            _users.Run("correct-horse-battery\n", "add", "aysel", "--role", "drafter");

            var run = _users.Run("another-password-2\n", "add", "AYSEL", "--role", "officer");

            Assert.Contains("updated aysel (officer)", run.Output, StringComparison.Ordinal);
            var account = Assert.Single(UsersFile.Read(_users.File));
            Assert.Equal(UserRole.Officer, account.Role);
            Assert.False(Passwords.Verify(account, "correct-horse-battery"));
            Assert.True(Passwords.Verify(account, "another-password-2"));
        }

        [Theory]
        [InlineData(null, "no password given")]
        [InlineData("short\n", "at least 10 characters")]
        public void Refuses_a_missing_or_short_password_and_writes_nothing(string? input, string message)
        {
            var run = _users.Run(input, "add", "aysel", "--role", "drafter");

            Assert.Equal(ExitCodes.BadUsage, run.ExitCode);
            Assert.Contains(message, run.Errors, StringComparison.Ordinal);
            Assert.False(System.IO.File.Exists(_users.File));
        }
    }

    public sealed class Remove_and_list : IDisposable
    {
        private readonly UsersCommandTests _users = new();

        public void Dispose() => _users.Dispose();

        [Fact]
        public void List_prints_names_and_roles_and_remove_takes_one_away()
        {
            _users.Run("correct-horse-battery\n", "add", "aysel", "--role", "drafter");
            _users.Run("officer-password-1\n", "add", "orkhan", "--role", "officer");

            var before = _users.Run(null, "list");
            var removed = _users.Run(null, "remove", "aysel");
            var after = _users.Run(null, "list");

            Assert.Equal(["aysel\tdrafter", "orkhan\tofficer"], before.Lines);
            Assert.Equal(ExitCodes.Success, removed.ExitCode);
            Assert.Equal(["orkhan\tofficer"], after.Lines);
        }

        [Fact]
        public void Removing_a_name_that_is_not_there_is_an_error()
        {
            var run = _users.Run(null, "remove", "nobody");

            Assert.Equal(ExitCodes.BadUsage, run.ExitCode);
            Assert.Contains("there is no user 'nobody'", run.Errors, StringComparison.Ordinal);
        }
    }

    public sealed class Bad_usage : IDisposable
    {
        private readonly UsersCommandTests _users = new();

        public void Dispose() => _users.Dispose();

        [Theory]
        [InlineData("add aysel", "add needs --role drafter or --role officer")]
        [InlineData("add aysel --role admin", "--role is 'drafter' or 'officer', not 'admin'")]
        [InlineData("add --role drafter", "add needs a user name")]
        [InlineData("add ../etc --role drafter", "is not a user name")]
        [InlineData("remove", "remove needs a user name")]
        [InlineData("list --role officer", "--role goes with add only")]
        [InlineData("rename aysel", "unknown action 'rename'")]
        public void Exits_with_2_and_says_what_is_wrong(string commandLine, string message)
        {
            var run = _users.Run("correct-horse-battery\n", commandLine.Split(' '));

            Assert.Equal(ExitCodes.BadUsage, run.ExitCode);
            Assert.Contains(message, run.Errors, StringComparison.Ordinal);
            Assert.Contains("usage: indexer users add", run.Errors, StringComparison.Ordinal);
        }
    }
}
