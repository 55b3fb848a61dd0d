using System.Text;
using KnowledgeBase.Core.Storage;
using KnowledgeBase.Testing;

namespace KnowledgeBase.Indexer.Tests.Commands;

public sealed class BuildCommandTests
{
    public sealed class Content_errors
    {
        /// <summary>Every error code of the content contract, each planted once in tests/TestData/broken.</summary>
        private static readonly string[] ExpectedErrors =
        [
            "content/Bad_Slug/instrument.yml:1: error KB011",
            "content/bad-file-name/notes.md:1: error KB010",
            "content/bad-yaml/v1.en.md:3: error KB001",
            "content/duplicate-key/v1.en.md:11: error KB005",
            "content/duplicate-version/b.en.md:1: error KB004",
            "content/kb.yml:5: error KB003",
            "content/missing-date/v1.en.md:1: error KB002",
            "content/missing-title/instrument.yml:1: error KB002",
            "content/no-instrument-file/instrument.yml:1: error KB009",
            "content/not-utf8/v1.en.md:7: error KB007",
            "content/reserved-label/latest.en.md:1: error KB012",
            "content/stray.md:1: error KB008",
            "content/translation-mismatch/v1.az.md:1: error KB013",
            "content/unknown-kind/instrument.yml:2: error KB003",
            "content/unknown-language/v1.de.md:1: error KB014",
            "content/unknown-status/v1.en.md:3: error KB003",
            "content/unresolved-basis/v1.en.md:5: error KB006",
        ];

        [Fact]
        public void Every_error_is_reported_with_its_path_and_line_in_one_run()
        {
            using var temp = new TempFolder();
            var run = IndexerRun.Of("build", "--content", TestPaths.BrokenContent, "--data", temp.Path, "--audience", "internal");

            Assert.Equal(ExitCodes.ContentErrors, run.ExitCode);
            var reported = run.Errors.Split('\n').Where(l => l.Contains(": error KB", StringComparison.Ordinal))
                .Select(l => l[..(l.IndexOf(": error KB", StringComparison.Ordinal) + ": error KB000".Length)])
                .ToList();
            Assert.Equal(ExpectedErrors, reported);
        }

        [Fact]
        public void Every_message_names_the_problem_after_the_code()
        {
            var run = IndexerRun.Of("check", "--content", TestPaths.BrokenContent);

            var messages = run.Errors.Split('\n').Where(l => l.Contains(": error KB", StringComparison.Ordinal)).ToList();
            Assert.All(messages, m => Assert.Matches(@"^content/[^:]+:\d+: error KB\d{3}: \S.{10,}$", m));
        }

        [Fact]
        public void A_failed_build_publishes_nothing_and_leaves_the_current_build_in_place()
        {
            using var temp = new TempFolder();
            var (content, data, folders, published) = PublishFixture(temp);

            File.WriteAllText(Path.Combine(content, "decree-276", "2010-06-04.en.md"), "---\nstatus: adopted\n---\n# No date\n");
            var failed = IndexerRun.Of("build", "--content", content, "--data", data);

            Assert.Equal(ExitCodes.ContentErrors, failed.ExitCode);
            Assert.Contains("nothing published", failed.Errors, StringComparison.Ordinal);
            Assert.Equal(published, folders.ReadCurrentStamp());
            Assert.Single(Directory.EnumerateDirectories(folders.BuildsRoot));
        }

        /// <summary>Copies the fixture corpus into <paramref name="temp"/>, publishes a build of it, and returns where it all is
        /// and the stamp of the build published.</summary>
        private static (string Content, string Data, BuildFolders Folders, string? Published) PublishFixture(TempFolder temp)
        {
            var content = temp.CopyFrom(TestPaths.FixtureContent, "content");
            var data = temp.Combine("data");
            Assert.Equal(ExitCodes.Success, IndexerRun.Of("build", "--content", content, "--data", data).ExitCode);
            var folders = new BuildFolders(data, Core.Building.Audience.Public);
            return (content, data, folders, folders.ReadCurrentStamp());
        }

        /// <summary>A full build links and writes a batch at a time, so an error found while linking comes after some of the
        /// store and the index are written: that folder must go like any failed build's.</summary>
        [Fact]
        public void An_error_found_only_while_linking_publishes_nothing_and_leaves_no_partial_folder()
        {
            using var temp = new TempFolder();
            var (content, data, folders, published) = PublishFixture(temp);

            foreach (var language in new[] { "en", "az" })
            {
                var file = Path.Combine(content, "temporary-residence-permit", $"2014-11.{language}.md");
                File.WriteAllText(file, File.ReadAllText(file).Replace("[migration-code/art_45,", "[migration-code/art_9999,", StringComparison.Ordinal));
            }
            var failed = IndexerRun.Of("build", "--content", content, "--data", data, "--full");

            Assert.Equal(ExitCodes.ContentErrors, failed.ExitCode);
            Assert.Contains("content/temporary-residence-permit/2014-11.en.md:4: error KB006", failed.Errors, StringComparison.Ordinal);
            Assert.Equal(published, folders.ReadCurrentStamp());
            Assert.Equal([published], Directory.EnumerateFileSystemEntries(folders.BuildsRoot).Select(Path.GetFileName));
        }
    }

    public sealed class Published_build
    {
        [Fact]
        public void The_store_matches_the_verified_snapshot()
        {
            using var temp = new TempFolder();
            var run = IndexerRun.Of("build", "--content", TestPaths.FixtureContent, "--data", temp.Path, "--audience", "internal");
            Assert.Equal(ExitCodes.Success, run.ExitCode);

            var folders = new BuildFolders(temp.Path, Core.Building.Audience.Internal);
            var database = Path.Combine(folders.BuildPath(folders.ReadCurrentStamp()!), StoreSchema.DatabaseFile);
            GoldenFile.Verify(Path.Combine(TestPaths.Repository, "tests", "Indexer.Tests", "Commands", "fixture-store.verified.json"), StoreSnapshot.Of(database));
        }

        [Fact]
        public void A_public_build_holds_no_byte_of_an_internal_version()
        {
            using var temp = new TempFolder();
            Assert.Equal(ExitCodes.Success, IndexerRun.Of("build", "--content", TestPaths.FixtureContent, "--data", temp.Path).ExitCode);

            var folders = new BuildFolders(temp.Path, Core.Building.Audience.Public);
            var files = Directory.EnumerateFiles(folders.BuildPath(folders.ReadCurrentStamp()!), "*", SearchOption.AllDirectories).ToList();
            Assert.Contains(files, f => f.EndsWith(StoreSchema.DatabaseFile, StringComparison.Ordinal));
            Assert.Contains(files, f => f.Contains($"{Path.DirectorySeparatorChar}{StoreSchema.IndexFolder}{Path.DirectorySeparatorChar}", StringComparison.Ordinal));
            // The internal draft's words, as written and as the index stores them (lower-cased), in UTF-8 and UTF-16.
            string[] secrets = ["INTERNALDRAFTMARKER", "internaldraftmarker", "zanzibarquota", "2011-working-draft", "Working draft circulated"];
            foreach (var file in files)
            {
                var bytes = File.ReadAllBytes(file);
                foreach (var secret in secrets)
                {
                    Assert.True(bytes.AsSpan().IndexOf(Encoding.UTF8.GetBytes(secret)) < 0, $"{file} holds '{secret}'");
                    Assert.True(bytes.AsSpan().IndexOf(Encoding.Unicode.GetBytes(secret)) < 0, $"{file} holds '{secret}' in UTF-16");
                }
            }
        }

        [Fact]
        public void An_internal_build_holds_the_internal_version()
        {
            using var temp = new TempFolder();
            Assert.Equal(ExitCodes.Success, IndexerRun.Of("build", "--content", TestPaths.FixtureContent, "--data", temp.Path, "--audience", "internal").ExitCode);

            var folders = new BuildFolders(temp.Path, Core.Building.Audience.Internal);
            using var build = PublishedBuild.Open(folders.BuildPath(folders.ReadCurrentStamp()!));
            Assert.Contains(build.Store.Versions("migration-code"), v => v.Label == "2011-working-draft" && v.Visibility == "internal");
        }

        [Fact]
        public void Publishing_keeps_the_previous_build_and_prunes_older_ones()
        {
            using var temp = new TempFolder();
            var stamps = new List<string>();
            for (var i = 0; i < 3; i++)
            {
                Assert.Equal(ExitCodes.Success, IndexerRun.Of("build", "--content", TestPaths.FixtureContent, "--data", temp.Path).ExitCode);
                stamps.Add(new BuildFolders(temp.Path, Core.Building.Audience.Public).ReadCurrentStamp()!);
            }

            var folders = new BuildFolders(temp.Path, Core.Building.Audience.Public);
            var kept = Directory.EnumerateDirectories(folders.BuildsRoot).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
            Assert.Equal(stamps[1..].Order(StringComparer.Ordinal), kept);
            Assert.Equal(stamps[2], folders.ReadCurrentStamp());
        }
    }
}
