using KnowledgeBase.Testing;

namespace KnowledgeBase.Indexer.Tests;

public sealed class CommandLineTests
{
    public sealed class Bad_usage
    {
        [Theory]
        [InlineData("")]
        [InlineData("publish")]
        [InlineData("build --audience everyone")]
        [InlineData("build --content")]
        [InlineData("check --colour")]
        public void Exits_with_2_and_shows_the_usage(string commandLine)
        {
            var run = IndexerRun.Of(commandLine.Split(' ', StringSplitOptions.RemoveEmptyEntries));

            Assert.Equal(ExitCodes.BadUsage, run.ExitCode);
            Assert.Contains("usage: indexer build", run.Errors, StringComparison.Ordinal);
        }

        [Fact]
        public void Help_is_not_an_error()
        {
            var run = IndexerRun.Of("--help");

            Assert.Equal(ExitCodes.Success, run.ExitCode);
            Assert.Contains("exit codes", run.Output, StringComparison.Ordinal);
        }
    }

    public sealed class Check
    {
        [Fact]
        public void Valid_content_exits_with_0_and_prints_a_summary()
        {
            using var temp = new TempFolder();
            var run = IndexerRun.Of("check", "--content", TestPaths.FixtureContent, "--data", temp.Path);

            Assert.Equal(ExitCodes.Success, run.ExitCode);
            Assert.Contains(run.Lines, l => l.StartsWith("checked 3 instruments, 5 versions", StringComparison.Ordinal));
            Assert.Empty(Directory.EnumerateFileSystemEntries(temp.Path));
        }

        [Fact]
        public void Strict_turns_warnings_into_errors_but_not_citations_of_laws_outside_the_corpus()
        {
            var lenient = IndexerRun.Of("check", "--content", TestPaths.FixtureContent);
            var strict = IndexerRun.Of("check", "--content", TestPaths.FixtureContent, "--strict");

            Assert.Equal(ExitCodes.Success, lenient.ExitCode);
            Assert.Contains(lenient.Lines, l => l.Contains(": warning KB101:", StringComparison.Ordinal));
            Assert.Equal(ExitCodes.ContentErrors, strict.ExitCode);
            Assert.Contains(strict.Lines, l => l.Contains(": error KB101:", StringComparison.Ordinal));
            Assert.Contains(strict.Lines, l => l.Contains(": warning KB104:", StringComparison.Ordinal));
        }
    }
}
