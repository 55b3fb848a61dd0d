using KnowledgeBase.Core.Building;
using KnowledgeBase.Core.Building.Incremental;
using KnowledgeBase.Core.Search.Suggesting;
using KnowledgeBase.Core.Storage;
using KnowledgeBase.Testing;

namespace KnowledgeBase.Core.Tests.Building.Incremental;

/// <summary>An incremental build takes over the published build's files without copying what no one writes again.</summary>
public sealed class PublishedFilesTests : IDisposable
{
    private readonly TempFolder _temp = new();
    private readonly string _published;
    private readonly string _partial;

    public PublishedFilesTests()
    {
        var content = _temp.CopyFrom(TestPaths.FixtureContent, "content");
        var result = BuildPipeline.Run(new BuildOptions(content, _temp.Combine("data"), Audience.Public));
        Assert.True(result.Succeeded);
        _published = new BuildFolders(_temp.Combine("data"), Audience.Public).BuildPath(result.PublishedStamp!);
        _partial = _temp.Combine("partial");
        Directory.CreateDirectory(_partial);
    }

    public void Dispose() => _temp.Dispose();

    private static long Bytes(string folder, Func<string, bool> which) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Where(f => which(Path.GetRelativePath(folder, f).Replace('\\', '/'))).Sum(f => new FileInfo(f).Length);

    private static bool IsSegmentFile(string relative) =>
        relative.StartsWith($"{StoreSchema.IndexFolder}/", StringComparison.Ordinal) && !Path.GetFileName(relative).StartsWith("segments", StringComparison.Ordinal) && Path.GetFileName(relative) != "write.lock";

    [Fact]
    public void Links_the_index_segment_files_and_the_suggestion_files_and_copies_the_commit_files()
    {
        var linked = PublishedFiles.TakeOver(_published, _partial);

        var expected = Bytes(_published, IsSegmentFile) + Bytes(_published, r => PublishedFiles.Suggestions.Contains(r));
        Assert.Equal(OperatingSystem.IsWindows() ? 0 : expected, linked);
        Assert.NotEmpty(Directory.GetFiles(Path.Combine(_partial, StoreSchema.IndexFolder), "segments*"));
    }

    [Fact]
    public void Leaves_out_the_store_and_the_files_the_new_build_writes_afresh()
    {
        PublishedFiles.TakeOver(_published, _partial);

        foreach (var name in new[] { StoreSchema.DatabaseFile, StoreSchema.ManifestFile, ContentInventory.FileName, ShortNames.FileName })
            Assert.False(File.Exists(Path.Combine(_partial, name)), name);
        Assert.False(Directory.Exists(Path.Combine(_partial, ProvisionShards.FolderName)));
    }

    [Fact]
    public void Copies_the_store_whole_the_changed_instruments_shards_copied_and_the_others_linked()
    {
        var written = PublishedFiles.CopyStore(_published, _partial, ["decree-276"]);

        Assert.Equal([ProvisionShards.Of("decree-276", ProvisionShards.BuildCount)], written);
        foreach (var name in Enumerable.Range(0, ProvisionShards.BuildCount).Select(ProvisionShards.FileName).Append(StoreSchema.DatabaseFile))
            Assert.Equal(File.ReadAllBytes(Path.Combine(_published, name)), File.ReadAllBytes(Path.Combine(_partial, name)));
    }

    [Fact]
    public void Writing_the_copied_shard_leaves_the_published_one_as_it_was_and_a_linked_shard_is_the_published_file()
    {
        var written = PublishedFiles.CopyStore(_published, _partial, ["decree-276"]).Single();
        var linked = (written + 1) % ProvisionShards.BuildCount;
        var before = File.ReadAllBytes(Path.Combine(_published, ProvisionShards.FileName(written)));

        File.AppendAllText(Path.Combine(_partial, ProvisionShards.FileName(written)), "written");
        File.AppendAllText(Path.Combine(_published, ProvisionShards.FileName(linked)), "seen through the link");

        Assert.Equal(before, File.ReadAllBytes(Path.Combine(_published, ProvisionShards.FileName(written))));
        // Linked, not copied: the same file under two names (a copy where links are not to be had).
        Assert.Equal(!OperatingSystem.IsWindows(), File.ReadAllText(Path.Combine(_partial, ProvisionShards.FileName(linked))).EndsWith("seen through the link", StringComparison.Ordinal));
    }

    [Fact]
    public void A_shared_file_unshared_then_written_again_leaves_the_published_one_as_it_was()
    {
        PublishedFiles.TakeOver(_published, _partial);
        var before = File.ReadAllBytes(Path.Combine(_published, SuggestionFile.Name));

        PublishedFiles.Unshare(_partial, PublishedFiles.Suggestions);
        File.WriteAllText(Path.Combine(_partial, SuggestionFile.Name), "written again");

        Assert.Equal(before, File.ReadAllBytes(Path.Combine(_published, SuggestionFile.Name)));
        Assert.Equal("written again", File.ReadAllText(Path.Combine(_partial, SuggestionFile.Name)));
    }
}
