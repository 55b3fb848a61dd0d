using System.Text.Json.Nodes;
using KnowledgeBase.Core.Building;
using KnowledgeBase.Core.Search;
using KnowledgeBase.Core.Search.Suggesting;
using KnowledgeBase.Core.Storage;
using KnowledgeBase.Testing;

namespace KnowledgeBase.Core.Tests.Building.Incremental;

/// <summary>An incremental build publishes exactly what a full build of the same content publishes.</summary>
public sealed partial class IncrementalBuildTests : IDisposable
{
    private static readonly string[] Queries =
    [
        "registration", "temporary residence permit", "\"data is exchanged\"", "regul*", "approved", "adopted", "article 45",
        "icazə", "migration code",
    ];

    private readonly TempFolder _temp = new();
    private readonly string _content;

    public IncrementalBuildTests()
    {
        _content = _temp.CopyFrom(TestPaths.FixtureContent, "content");
        Assert.Null(Build("incremental").Incremental);
    }

    public void Dispose() => _temp.Dispose();

    private BuildResult Build(string data, bool full = false, Audience audience = Audience.Public) =>
        BuildPipeline.Run(new BuildOptions(_content, _temp.Combine(data), audience, Full: full));

    private void Edit(string relative, string find, string replace)
    {
        var path = Path.Combine(_content, relative);
        var text = File.ReadAllText(path);
        Assert.Contains(find, text, StringComparison.Ordinal);
        File.WriteAllText(path, text.Replace(find, replace, StringComparison.Ordinal));
    }

    /// <summary>Builds the edited content both ways and checks that the two published builds are the same.</summary>
    private BuildResult BuildBothWaysAndCompare(Audience audience = Audience.Public)
    {
        var incremental = Build("incremental", audience: audience);
        var full = Build("full", full: true, audience: audience);
        Assert.True(incremental.Succeeded, string.Join("\n", incremental.Diagnostics));
        Assert.True(full.Succeeded);
        Assert.Null(full.Incremental);

        using var a = PublishedBuild.OpenCurrent(new BuildFolders(_temp.Combine("incremental"), audience))!;
        using var b = PublishedBuild.OpenCurrent(new BuildFolders(_temp.Combine("full"), audience))!;
        Assert.Equal(Comparable(StoreSnapshot.Of(Path.Combine(b.Path, StoreSchema.DatabaseFile))), Comparable(StoreSnapshot.Of(Path.Combine(a.Path, StoreSchema.DatabaseFile))));
        AssertSameShards(b.Path, a.Path);
        Assert.Equal(
            b.Manifest with { Stamp = "", CreatedUtc = default, Files = null },
            a.Manifest with { Stamp = "", CreatedUtc = default, Files = null });
        // Files and warnings differ by design: an incremental build reads, and reports on, the changed instruments only.
        Assert.Equal(full.Summary with { Elapsed = default, Files = 0, Warnings = 0 }, incremental.Summary with { Elapsed = default, Files = 0, Warnings = 0 });
        Assert.Equal(Documents(b), Documents(a));
        foreach (var query in Queries)
            Assert.Equal(Hits(b.Search.Search(new SearchRequest(query))), Hits(a.Search.Search(new SearchRequest(query))));
        Assert.Equal(
            File.ReadAllBytes(Path.Combine(b.Path, SuggestionFile.Name)),
            File.ReadAllBytes(Path.Combine(a.Path, SuggestionFile.Name)));
        foreach (var side in new[] { KnowledgeBase.Core.Catalogue.CatalogueFile.Name, KnowledgeBase.Core.Building.Incremental.SuggestionSources.FileName, KnowledgeBase.Core.Building.Incremental.ShortNames.FileName })
            Assert.Equal(File.ReadAllBytes(Path.Combine(b.Path, side)), File.ReadAllBytes(Path.Combine(a.Path, side)));
        Assert.Equal(
            File.ReadAllLines(Path.Combine(b.Path, KnowledgeBase.Core.Building.Incremental.ContentInventory.FileName)).Skip(1).Select(l => l.Split('\t')[^1]),
            File.ReadAllLines(Path.Combine(a.Path, KnowledgeBase.Core.Building.Incremental.ContentInventory.FileName)).Skip(1).Select(l => l.Split('\t')[^1]));
        return incremental;
    }

    /// <summary>Each provision shard of the incremental build holds what the full build's does, and <c>kb.db</c> no provision.</summary>
    private static void AssertSameShards(string full, string incremental)
    {
        Assert.Equal(ProvisionShards.BuildCount, ProvisionShards.CountOf(Path.Combine(full, StoreSchema.DatabaseFile)));
        Assert.Equal(ProvisionShards.BuildCount, ProvisionShards.CountOf(Path.Combine(incremental, StoreSchema.DatabaseFile)));
        foreach (var build in new[] { full, incremental })
            Assert.Empty(StoreSnapshot.Documents(Path.Combine(build, StoreSchema.DatabaseFile), StoreSchema.Provisions));
        for (var shard = 0; shard < ProvisionShards.BuildCount; shard++)
        {
            var name = ProvisionShards.FileName(shard);
            Assert.Equal(Records(Path.Combine(full, name)), Records(Path.Combine(incremental, name)));
        }

        static string Records(string shard) => string.Join("\n", StoreSnapshot.Documents(shard, StoreSchema.Provisions).Select(d => d.ToString()).Order(StringComparer.Ordinal));
    }

    /// <summary>The snapshot with citations' and legal bases' numeric ids left out and the records sorted by their content:
    /// those ids only number records in the order they were written, which an incremental build cannot keep.</summary>
    private static string Comparable(string snapshot)
    {
        var root = JsonNode.Parse(snapshot)!.AsObject();
        foreach (var name in new[] { StoreSchema.Citations, StoreSchema.LegalBasis })
        {
            var records = root[name]!.AsArray().Select(r => { var o = r!.AsObject().DeepClone().AsObject(); o.Remove("_id"); return o.ToJsonString(); })
                .Order(StringComparer.Ordinal).ToList();
            root[name] = new JsonArray([.. records.Select(r => JsonNode.Parse(r))]);
        }
        return root.ToJsonString();
    }

    /// <summary>Every index document's stored fields and the flags a search filters on, one line each, sorted: what a search can find.</summary>
    private static string Documents(PublishedBuild build)
    {
        using var reader = Lucene.Net.Index.DirectoryReader.Open(Lucene.Net.Store.FSDirectory.Open(Path.Combine(build.Path, StoreSchema.IndexFolder)));
        var live = Lucene.Net.Index.MultiFields.GetLiveDocs(reader);
        var documents = new List<string>();
        for (var i = 0; i < reader.MaxDoc; i++)
            if (live is null || live.Get(i))
                documents.Add(string.Join(" | ", reader.Document(i).Fields.Select(f => $"{f.Name}={f.GetStringValue()}").Order(StringComparer.Ordinal)));
        return string.Join("\n", documents.Order(StringComparer.Ordinal));
    }

    private static string Hits(SearchResults results) =>
        $"{results.Total} {results.Matches}\n" + string.Join("\n", results.Hits.Select(h => $"{h.Slug}@{h.Version}/{h.Language}/{h.EId} {h.Heading} | {h.Snippet}").Order(StringComparer.Ordinal));

    public sealed class After_an_edit_that_stays_inside_one_instrument : IDisposable
    {
        private readonly IncrementalBuildTests _build = new();

        public void Dispose() => _build.Dispose();

        [Fact]
        public void A_changed_provision_text_with_a_changed_citation_reads_only_that_instrument()
        {
            _build.Edit("decree-276/2010-06-04.en.md", "is approved", "is adopted");
            _build.Edit("decree-276/2010-06-04.en.md", "Article 21 of the Migration Code", "Article 45 of the Migration Code");

            var result = _build.BuildBothWaysAndCompare();

            // The Migration Code is looked at too: a public build's inventory leaves out its internal draft's file, which
            // therefore looks new to every public build (its name must not reach a public build folder); the draft is no
            // version of a public build, so none of the Migration Code's versions is read again.
            Assert.Equal("2 instruments changed; decree-276: 1 of 1 versions read again; migration-code: 0 of 2 versions read again", result.Incremental);
            Assert.Equal(1, result.Summary.Files);
        }

        [Fact]
        public void A_changed_text_of_a_cited_instrument_keeps_the_citations_into_it()
        {
            _build.Edit("migration-code/2014-10-amended.en.md", "#### Article 45. Temporary residence permit", "#### Article 45. Temporary residence permits");

            var result = _build.BuildBothWaysAndCompare();

            // The edited version is the newest in English but not in Azerbaijani, whose names come from 2013: read whole.
            Assert.Equal("1 instrument changed (migration-code); migration-code read whole: its suggested names come from versions both edited and not", result.Incremental);
        }

        [Fact]
        public void An_internal_build_reads_only_the_instrument_edited()
        {
            var options = new BuildOptions(_build._content, _build._temp.Combine("internal"), Audience.Internal);
            Assert.Null(BuildPipeline.Run(options).Incremental);
            _build.Edit("decree-276/2010-06-04.en.md", "is approved", "is adopted");

            var result = BuildPipeline.Run(options);

            Assert.True(result.Succeeded);
            Assert.Equal("1 instrument changed (decree-276); decree-276: 1 of 1 versions read again", result.Incremental);
            Assert.Equal(1, result.Summary.Files);
        }

        [Fact]
        public void A_file_touched_but_not_changed_reads_nothing()
        {
            File.SetLastWriteTimeUtc(Path.Combine(_build._content, "decree-276", "2010-06-04.en.md"), DateTime.UtcNow.AddMinutes(1));

            var result = _build.BuildBothWaysAndCompare();

            Assert.Equal("1 instrument changed (migration-code); migration-code: 0 of 2 versions read again", result.Incremental);
            Assert.Equal(0, result.Summary.Files);
        }

        [Fact]
        public void Two_edits_in_a_row_each_start_from_the_build_before()
        {
            _build.Edit("decree-276/2010-06-04.en.md", "is approved", "is adopted");
            Assert.NotNull(_build.Build("incremental").Incremental);
            _build.Edit("temporary-residence-permit/2014-11.en.md", "at least 30 days", "at least 45 days");

            Assert.Equal("2 instruments changed; migration-code: 0 of 2 versions read again; temporary-residence-permit: 1 of 1 versions read again",
                _build.BuildBothWaysAndCompare().Incremental);
        }
    }

    public sealed class The_published_build_it_starts_from : IDisposable
    {
        private readonly IncrementalBuildTests _build = new();

        public void Dispose() => _build.Dispose();

        /// <summary>Every file of a build folder with its bytes' hash and its time: what a reader of that build could see change.</summary>
        private static SortedDictionary<string, string> Files(string build) =>
            new(Directory.EnumerateFiles(build, "*", SearchOption.AllDirectories).ToDictionary(
                f => Path.GetRelativePath(build, f),
                f => $"{Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f)))} {File.GetLastWriteTimeUtc(f):O}"),
                StringComparer.Ordinal);

        [Theory]
        [InlineData("a text's words", "decree-276/2010-06-04.en.md", "is approved", "is adopted")]
        [InlineData("a heading, so the suggestion list is made again", "migration-code/2014-10-amended.en.md", "#### Article 45. Temporary residence permit", "#### Article 45. Temporary residence permits")]
        public void Is_never_modified_even_through_the_files_the_new_build_shares_with_it(string edited, string file, string find, string replace)
        {
            var folders = new BuildFolders(_build._temp.Combine("incremental"), Audience.Public);
            var published = folders.BuildPath(folders.ReadCurrentStamp()!);
            var before = Files(published);
            _build.Edit(file, find, replace);

            var result = _build.Build("incremental");

            Assert.True(result.Succeeded, edited);
            Assert.NotNull(result.Incremental);
            Assert.NotEqual(published, folders.BuildPath(result.PublishedStamp!));
            Assert.Equal(before, Files(published));
            using var opened = PublishedBuild.Open(published);
            Assert.Equal(before.Count, opened.Manifest.Files!.Count + 1);
        }
    }

    public sealed class After_an_edit_that_citations_elsewhere_depend_on : IDisposable
    {
        private readonly IncrementalBuildTests _build = new();

        public void Dispose() => _build.Dispose();

        [Fact]
        public void A_renumbered_article_that_another_instrument_cites_makes_a_full_build()
        {
            _build.Edit("migration-code/2014-10-amended.en.md", "#### Article 21. Registration", "#### Article 22. Registration");
            _build.Edit("migration-code/2014-10-amended.en.md", "21.1. A foreigner", "22.1. A foreigner");
            foreach (var language in new[] { "en", "az" })
                _build.Edit($"temporary-residence-permit/2014-11.{language}.md", "migration-code/art_21__para_1", "migration-code/art_22__para_1");

            Assert.Null(_build.BuildBothWaysAndCompare().Incremental);
        }

        [Fact]
        public void An_added_version_makes_a_full_build()
        {
            File.WriteAllText(Path.Combine(_build._content, "decree-276", "2012-01-01.en.md"),
                File.ReadAllText(Path.Combine(_build._content, "decree-276", "2010-06-04.en.md")).Replace("2010-06-04", "2012-01-01", StringComparison.Ordinal));

            Assert.Null(_build.BuildBothWaysAndCompare().Incremental);
        }

        [Fact]
        public void A_removed_instrument_makes_a_full_build()
        {
            Directory.Delete(Path.Combine(_build._content, "decree-276"), recursive: true);

            Assert.Null(_build.BuildBothWaysAndCompare().Incremental);
        }

        [Fact]
        public void A_changed_kb_yml_makes_a_full_build()
        {
            File.WriteAllText(Path.Combine(_build._content, "kb.yml"), "# settings\n");

            Assert.Null(_build.BuildBothWaysAndCompare().Incremental);
        }
    }

    public sealed class After_an_edit_with_an_error : IDisposable
    {
        private readonly IncrementalBuildTests _build = new();

        public void Dispose() => _build.Dispose();

        [Fact]
        public void Nothing_is_published_and_the_current_build_stays()
        {
            var folders = new BuildFolders(_build._temp.Combine("incremental"), Audience.Public);
            var before = folders.ReadCurrentStamp();
            foreach (var language in new[] { "en", "az" })
                _build.Edit($"temporary-residence-permit/2014-11.{language}.md", "migration-code/art_45,", "migration-code/art_99,");

            var result = _build.Build("incremental");

            Assert.False(result.Succeeded);
            Assert.NotNull(result.Incremental);
            Assert.Contains(result.Diagnostics, d => d.Severity == KnowledgeBase.Core.Diagnostics.Severity.Error);
            Assert.Equal(before, folders.ReadCurrentStamp());
        }
    }
}
