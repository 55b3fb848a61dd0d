using KnowledgeBase.Core.Building.Incremental;
using KnowledgeBase.Testing;

namespace KnowledgeBase.Core.Tests.Building.Incremental;

public sealed class RebuildPlanTests
{
    /// <summary>A copy of the fixture corpus that a test may edit.</summary>
    private sealed class EditableContent : IDisposable
    {
        private readonly TempFolder _temp = new();

        public EditableContent() => Root = _temp.CopyFrom(TestPaths.FixtureContent, "content");

        public string Root { get; }

        public string Version(string slug) => Directory.EnumerateFiles(Path.Combine(Root, slug), "*.md").Order(StringComparer.Ordinal).First();

        public void Dispose() => _temp.Dispose();
    }

    public sealed class Taking_an_inventory : IDisposable
    {
        private readonly EditableContent fixture = new();

        public void Dispose() => fixture.Dispose();

        [Fact]
        public void Lists_every_content_file_but_hidden_ones_with_its_hash()
        {
            File.WriteAllText(Path.Combine(fixture.Root, ".editor-swap"), "not content");
            var inventory = ContentInventory.Take(fixture.Root);

            Assert.Contains("migration-code/instrument.yml", inventory.Files.Keys);
            Assert.DoesNotContain(".editor-swap", inventory.Files.Keys);
            var stamp = inventory.Files["migration-code/instrument.yml"];
            Assert.Equal(new FileInfo(Path.Combine(fixture.Root, "migration-code", "instrument.yml")).Length, stamp.Bytes);
            Assert.Equal(16, stamp.Hash.Length);
        }

        [Fact]
        public void Lists_files_in_folders_at_any_depth_by_their_path_and_leaves_out_hidden_ones_at_any_depth()
        {
            Directory.CreateDirectory(Path.Combine(fixture.Root, "migration-code", "annexes", ".drafts"));
            Directory.CreateDirectory(Path.Combine(fixture.Root, ".git"));
            File.WriteAllText(Path.Combine(fixture.Root, "migration-code", "annexes", "table.csv"), "a;b\n");
            File.WriteAllText(Path.Combine(fixture.Root, "migration-code", "annexes", ".drafts", "table.csv"), "hidden");
            File.WriteAllText(Path.Combine(fixture.Root, "migration-code", ".2014-10-amended.en.md.swp"), "hidden");
            File.WriteAllText(Path.Combine(fixture.Root, ".git", "HEAD"), "hidden");

            var inventory = ContentInventory.Take(fixture.Root);

            Assert.Equal(4, inventory.Files["migration-code/annexes/table.csv"].Bytes);
            Assert.DoesNotContain(inventory.Files.Keys, p => p.Contains("/.", StringComparison.Ordinal) || p.StartsWith('.'));
            Assert.Equal(
                Directory.EnumerateFiles(fixture.Root, "*", SearchOption.AllDirectories)
                    .Select(f => Path.GetRelativePath(fixture.Root, f).Replace('\\', '/'))
                    .Where(p => !p.StartsWith('.') && !p.Contains("/.", StringComparison.Ordinal))
                    .Order(StringComparer.Ordinal),
                inventory.Files.Keys.Order(StringComparer.Ordinal));
        }

        [Fact]
        public void Reads_again_only_files_whose_size_or_time_moved()
        {
            var first = ContentInventory.Take(fixture.Root);
            var edited = fixture.Version("decree-276");
            File.AppendAllText(edited, "\nOne more line.\n");

            var second = ContentInventory.Take(fixture.Root, first);

            Assert.Equal(first.Files.Count, first.FilesHashed);
            Assert.Equal(1, second.FilesHashed);
            Assert.NotEqual(first.Files[Relative(edited)].Hash, second.Files[Relative(edited)].Hash);
        }

        [Fact]
        public void Survives_being_saved_and_read_back()
        {
            var inventory = ContentInventory.Take(fixture.Root);
            using var build = new TempFolder();
            inventory.WriteTo(build.Path);

            var read = ContentInventory.ReadFrom(build.Path);

            Assert.NotNull(read);
            Assert.Equal(inventory.Code, read.Code);
            Assert.Equal(inventory.Files.Values.OrderBy(f => f.Path, StringComparer.Ordinal), read.Files.Values.OrderBy(f => f.Path, StringComparer.Ordinal));
        }

        [Fact]
        public void Is_none_when_the_build_has_no_readable_one()
        {
            using var build = new TempFolder();
            Assert.Null(ContentInventory.ReadFrom(build.Path));
            File.WriteAllText(Path.Combine(build.Path, ContentInventory.FileName), "something else\n");
            Assert.Null(ContentInventory.ReadFrom(build.Path));
        }

        private string Relative(string path) => Path.GetRelativePath(fixture.Root, path).Replace('\\', '/');
    }

    public sealed class Deciding
    {
        [Fact]
        public void Rebuilds_only_the_instrument_whose_file_was_edited()
        {
            using var fixture = new EditableContent();
            var before = ContentInventory.Take(fixture.Root);
            File.AppendAllText(fixture.Version("decree-276"), "\nOne more line.\n");

            var plan = RebuildPlan.Decide(before, ContentInventory.Take(fixture.Root, before));

            Assert.False(plan.Full);
            Assert.Equal(["decree-276"], plan.Instruments);
        }

        [Fact]
        public void Names_the_version_files_of_an_instrument_whose_version_files_alone_changed()
        {
            using var fixture = new EditableContent();
            var before = ContentInventory.Take(fixture.Root);
            File.AppendAllText(Path.Combine(fixture.Root, "migration-code", "2013-07-adopted.az.md"), "\nOne more line.\n");
            File.WriteAllText(Path.Combine(fixture.Root, "migration-code", "2020-01-01.en.md"), "---\ndate: 2020-01-01\nstatus: in-force\n---\n");
            File.Delete(Path.Combine(fixture.Root, "migration-code", "2011-working-draft.en.md"));

            var plan = RebuildPlan.Decide(before, ContentInventory.Take(fixture.Root, before));

            Assert.Equal(["migration-code"], plan.Instruments);
            Assert.Equal(
                ["migration-code/2011-working-draft.en.md", "migration-code/2013-07-adopted.az.md", "migration-code/2020-01-01.en.md"],
                plan.VersionFiles["migration-code"].Order(StringComparer.Ordinal));
        }

        [Theory]
        [InlineData("instrument.yml")]
        [InlineData("annexes/table.csv")]
        [InlineData("annexes/2013-07-adopted.en.md")]
        public void Names_no_version_files_when_another_file_of_the_instrument_changed_too(string other)
        {
            using var fixture = new EditableContent();
            var before = ContentInventory.Take(fixture.Root);
            File.AppendAllText(fixture.Version("migration-code"), "\nOne more line.\n");
            Directory.CreateDirectory(Path.Combine(fixture.Root, "migration-code", "annexes"));
            File.AppendAllText(Path.Combine(fixture.Root, "migration-code", other), "\n# changed\n");

            var plan = RebuildPlan.Decide(before, ContentInventory.Take(fixture.Root, before));

            Assert.Equal(["migration-code"], plan.Instruments);
            Assert.False(plan.VersionFiles.ContainsKey("migration-code"));
        }

        [Fact]
        public void Rebuilds_an_instrument_added_and_one_removed()
        {
            using var fixture = new EditableContent();
            var before = ContentInventory.Take(fixture.Root);
            Directory.Delete(Path.Combine(fixture.Root, "decree-276"), recursive: true);
            Directory.CreateDirectory(Path.Combine(fixture.Root, "new-act"));
            File.WriteAllText(Path.Combine(fixture.Root, "new-act", "instrument.yml"), "kind: law\n");

            var plan = RebuildPlan.Decide(before, ContentInventory.Take(fixture.Root, before));

            Assert.False(plan.Full);
            Assert.Equal(["decree-276", "new-act"], plan.Instruments);
        }

        [Fact]
        public void Rebuilds_nothing_when_a_file_is_touched_but_not_changed()
        {
            using var fixture = new EditableContent();
            var before = ContentInventory.Take(fixture.Root);
            File.SetLastWriteTimeUtc(fixture.Version("migration-code"), DateTime.UtcNow.AddMinutes(1));

            var plan = RebuildPlan.Decide(before, ContentInventory.Take(fixture.Root, before));

            Assert.False(plan.Full);
            Assert.Empty(plan.Instruments);
        }

        [Fact]
        public void Rebuilds_everything_when_kb_yml_changes()
        {
            using var fixture = new EditableContent();
            var before = ContentInventory.Take(fixture.Root);
            File.AppendAllText(Path.Combine(fixture.Root, "kb.yml"), "\n# a comment\n");

            var plan = RebuildPlan.Decide(before, ContentInventory.Take(fixture.Root, before));

            Assert.True(plan.Full);
            Assert.Contains("kb.yml", plan.Reason, StringComparison.Ordinal);
        }

        [Fact]
        public void Rebuilds_everything_without_a_previous_inventory_or_when_asked()
        {
            using var fixture = new EditableContent();
            var now = ContentInventory.Take(fixture.Root);

            Assert.True(RebuildPlan.Decide(null, now).Full);
            Assert.True(RebuildPlan.Decide(now, now, forceFull: true).Full);
            Assert.False(RebuildPlan.Decide(now, now).Full);
        }
    }
}
