using System.Text;
using System.Text.Json;
using KnowledgeBase.Core.Building;
using KnowledgeBase.Core.Catalogue;
using KnowledgeBase.Core.Storage;
using KnowledgeBase.Testing;

namespace KnowledgeBase.Core.Tests.Catalogue;

/// <summary>The catalogue a build writes beside its store holds what the store holds for the home and browse pages, for its
/// audience only, and an incremental build keeps it so.</summary>
public sealed class CatalogueFileTests : IDisposable
{
    private const string InternalDraft = "2011-working-draft";

    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    /// <summary>Records compared by their content (the titles are dictionaries, which records compare by reference).</summary>
    private static string Comparable(IReadOnlyList<CataloguedInstrument>? instruments) => JsonSerializer.Serialize(instruments);

    private PublishedBuild Build(string content, string data, Audience audience, bool full = false)
    {
        var result = BuildPipeline.Run(new BuildOptions(content, _temp.Combine(data), audience, Full: full));
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        return PublishedBuild.OpenCurrent(new BuildFolders(_temp.Combine(data), audience))!;
    }

    private static IReadOnlyList<CataloguedInstrument>? Written(PublishedBuild build) => CatalogueFile.Read(Path.Combine(build.Path, CatalogueFile.Name));

    [Theory]
    [InlineData(Audience.Public)]
    [InlineData(Audience.Internal)]
    public void A_build_writes_what_its_store_holds_and_lists_the_file_in_its_manifest(Audience audience)
    {
        using var build = Build(TestPaths.FixtureContent, "data", audience);

        var written = Written(build);

        Assert.NotNull(written);
        Assert.NotEmpty(written);
        Assert.Equal(Comparable(CataloguedInstrument.Of(build.Store)), Comparable(written));
        Assert.Contains(build.Manifest.Files!, f => f.Path == CatalogueFile.Name);
    }

    [Fact]
    public void A_public_build_holds_no_internal_version_and_an_internal_build_does()
    {
        using var internalBuild = Build(TestPaths.FixtureContent, "internal", Audience.Internal);
        using var publicBuild = Build(TestPaths.FixtureContent, "public", Audience.Public);

        Assert.Contains(Written(internalBuild)!.SelectMany(i => i.Versions), v => v.Label == InternalDraft && v.Visibility == "internal");
        Assert.All(Written(publicBuild)!.SelectMany(i => i.Versions), v => Assert.Equal("public", v.Visibility));
        // Not a byte of the draft, not even its label.
        var bytes = File.ReadAllBytes(Path.Combine(publicBuild.Path, CatalogueFile.Name));
        Assert.Equal(-1, bytes.AsSpan().IndexOf(Encoding.UTF8.GetBytes(InternalDraft)));
    }

    [Fact]
    public void An_incremental_build_replaces_the_changed_instrument_and_writes_what_a_full_build_writes()
    {
        var content = _temp.CopyFrom(TestPaths.FixtureContent, "content");
        Build(content, "incremental", Audience.Public).Dispose();
        var yml = Path.Combine(content, "decree-276", "instrument.yml");
        File.WriteAllText(yml, File.ReadAllText(yml).Replace("Decree No. 276 approving", "Decree No. 276 adopting", StringComparison.Ordinal));

        var result = BuildPipeline.Run(new BuildOptions(content, _temp.Combine("incremental"), Audience.Public));
        using var incremental = PublishedBuild.OpenCurrent(new BuildFolders(_temp.Combine("incremental"), Audience.Public))!;
        using var full = Build(content, "full", Audience.Public, full: true);

        Assert.NotNull(result.Incremental);
        Assert.StartsWith("Decree No. 276 adopting", Written(incremental)!.Single(i => i.Slug == "decree-276").Titles["en"], StringComparison.Ordinal);
        Assert.Equal(File.ReadAllBytes(Path.Combine(full.Path, CatalogueFile.Name)), File.ReadAllBytes(Path.Combine(incremental.Path, CatalogueFile.Name)));
        Assert.Equal(Comparable(CataloguedInstrument.Of(incremental.Store)), Comparable(Written(incremental)));
    }

    /// <summary>A published build whose catalogue the incremental build cannot take over: written before catalogues existed
    /// (no file), by an indexer of another format, or damaged on disk at its right size.</summary>
    public static TheoryData<string> UnusableCatalogues() => ["none", "another format", "damaged"];

    [Theory]
    [MemberData(nameof(UnusableCatalogues))]
    public void An_incremental_build_over_a_build_without_a_usable_catalogue_writes_what_a_full_build_writes(string how)
    {
        var content = _temp.CopyFrom(TestPaths.FixtureContent, "content");
        using (var older = Build(content, "incremental", Audience.Public))
        {
            var path = Path.Combine(older.Path, CatalogueFile.Name);
            var bytes = File.ReadAllBytes(path);
            switch (how)
            {
                case "none":
                    File.Delete(path);
                    (older.Manifest with { Files = BuildFile.List(older.Path) }).WriteTo(older.Path);
                    break;
                case "another format":
                    BitConverter.GetBytes(1).CopyTo(bytes, 0);
                    File.WriteAllBytes(path, bytes);
                    break;
                case "damaged":
                    bytes[bytes.Length / 2] ^= 0x01;
                    File.WriteAllBytes(path, bytes);
                    break;
            }
        }
        var yml = Path.Combine(content, "decree-276", "instrument.yml");
        File.WriteAllText(yml, File.ReadAllText(yml).Replace("Decree No. 276 approving", "Decree No. 276 adopting", StringComparison.Ordinal));

        var result = BuildPipeline.Run(new BuildOptions(content, _temp.Combine("incremental"), Audience.Public));
        using var incremental = PublishedBuild.OpenCurrent(new BuildFolders(_temp.Combine("incremental"), Audience.Public))!;
        using var full = Build(content, "full", Audience.Public, full: true);

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        Assert.NotNull(result.Incremental);
        Assert.Contains(incremental.Manifest.Files!, f => f.Path == CatalogueFile.Name);
        Assert.Equal(File.ReadAllBytes(Path.Combine(full.Path, CatalogueFile.Name)), File.ReadAllBytes(Path.Combine(incremental.Path, CatalogueFile.Name)));
    }

    [Fact]
    public void Reads_back_what_it_wrote()
    {
        CataloguedInstrument[] instruments =
        [
            new("b-law", "law", new Dictionary<string, string> { ["en"] = "B law", ["az"] = "B qanunu" },
                [new("b-law", "2001", "2001-01-01", "in-force", "public", null) { Languages = ["en", "az"] }, new("b-law", "2002", "2002-02-02", "draft", "internal", "A note")])
            {
                Notices = new Dictionary<string, string> { ["az"] = "Rəsmi olmayan mətn", ["en"] = "Unofficial text" },
            },
            new("a-decree", "decree", new Dictionary<string, string> { ["fr"] = "Arrêté" }, [new("a-decree", "v1", "1999-12-31", "repealed", "public", "") { Languages = ["fr"] }]),
        ];
        var path = _temp.Combine(CatalogueFile.Name);

        CatalogueFile.Write(instruments, path);

        Assert.Equal(Comparable([instruments[1], instruments[0]]), Comparable(CatalogueFile.Read(path)));
        Assert.False(File.Exists(path + ".new"));
    }

    [Fact]
    public void A_build_without_the_file_or_with_another_format_has_none()
    {
        var path = _temp.Combine(CatalogueFile.Name);
        Assert.Null(CatalogueFile.Read(path));

        File.WriteAllBytes(path, BitConverter.GetBytes(99));

        Assert.Null(CatalogueFile.Read(path));
    }

    /// <summary>Damage that keeps the file's size, which the manifest's check lets through: one bit changed at a fraction of
    /// the file (its records come first, its titles and notices last, its checksum in the last 8 bytes), or a block of zeros.</summary>
    [Theory]
    [InlineData(0.01, false)]
    [InlineData(0.3, false)]
    [InlineData(0.95, false)]
    [InlineData(1.0, false)]
    [InlineData(0.5, true)]
    public void A_file_damaged_at_its_right_size_is_found(double at, bool zeros)
    {
        var build = BuildPipeline.Run(new BuildOptions(TestPaths.FixtureContent, _temp.Combine("data"), Audience.Public));
        Assert.True(build.Succeeded);
        var path = Path.Combine(new BuildFolders(_temp.Combine("data"), Audience.Public).BuildPath(build.PublishedStamp!), CatalogueFile.Name);
        var bytes = File.ReadAllBytes(path);
        var position = Math.Min(bytes.Length - 1, (int)(bytes.Length * at));
        if (zeros)
            Array.Clear(bytes, position, Math.Min(64, bytes.Length - position));
        else
            bytes[position] ^= 0x04;
        File.WriteAllBytes(path, bytes);

        Assert.Throws<DamagedCatalogueException>(() => CatalogueFile.Read(path));
    }
}
