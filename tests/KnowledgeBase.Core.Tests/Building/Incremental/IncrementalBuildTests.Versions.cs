using KnowledgeBase.Core.Building;
using KnowledgeBase.Core.Search;
using KnowledgeBase.Core.Storage;

namespace KnowledgeBase.Core.Tests.Building.Incremental;

public sealed partial class IncrementalBuildTests
{
    /// <summary>A code in English with three public versions and an internal draft, its first version citing the Migration Code:
    /// added to the fixture's copy (and built) by the tests of edits to one version.</summary>
    private static readonly (string File, string Text)[] LabourCode =
    [
        ("instrument.yml", "title: { en: Labour Code }\nkind: code\nshort: { en: Labour Code }\n"),
        ("2015-01-01.en.md", Version("2015-01-01", "in-force", "one year")),
        ("2018-06-01.en.md", Version("2018-06-01", "in-force", "two years")),
        ("2021-03-01.en.md", Version("2021-03-01", "in-force", "three years")),
        ("2023-draft.en.md", Version("2023-01-01", "draft", "five years", "visibility: internal\n")),
    ];

    private static string Version(string date, string status, string term, string more = "") => $"""
        ---
        date: {date}
        status: {status}
        {more}---
        # Labour Code

        ### Article 1. Scope {"{#scope}"}

        1.1. This Code governs the work of foreigners registered under Article 21 of the Migration Code.

        ### Article 2. Work permits {"{#work-permits}"}

        2.1. A work permit is issued for {term}.

        2.2. The rules of Article 1 apply to it.
        """;

    private void AddLabourCode()
    {
        var folder = Directory.CreateDirectory(Path.Combine(_content, "labour-code")).FullName;
        foreach (var (file, text) in LabourCode)
            File.WriteAllText(Path.Combine(folder, file), text.ReplaceLineEndings("\n"));
    }

    /// <summary>Edits of the words of one version of an instrument with several: only that version is parsed, linked and written
    /// again, and the build published is the full build's.</summary>
    /// <remarks>A public build also looks at the Migration Code, whose internal draft's file looks new to every public build:
    /// it reads none of its versions again.</remarks>
    public sealed class After_an_edit_to_one_version : IDisposable
    {
        private readonly IncrementalBuildTests _build = new();

        public After_an_edit_to_one_version()
        {
            _build.AddLabourCode();
            Assert.Null(_build.Build("incremental").Incremental);
            Assert.Null(_build.Build("incremental", audience: Audience.Internal).Incremental);
        }

        public void Dispose() => _build.Dispose();

        [Theory]
        [InlineData("an older version", "labour-code/2015-01-01.en.md")]
        [InlineData("the newest version", "labour-code/2021-03-01.en.md")]
        public void Reads_again_that_version_alone(string edited, string file)
        {
            _build.Edit(file, "is issued for", "is granted for");

            var result = _build.BuildBothWaysAndCompare();

            Assert.Contains("; labour-code: 1 of 3 versions read again", result.Incremental);
            Assert.True(result.Summary.Files == 1, edited);
        }

        [Fact]
        public void Finds_the_new_words_and_not_the_old_ones_in_that_version_only()
        {
            _build.Edit("labour-code/2018-06-01.en.md", "two years", "twenty-four months");

            _build.BuildBothWaysAndCompare();

            using var build = PublishedBuild.OpenCurrent(new BuildFolders(_build._temp.Combine("incremental"), Audience.Public))!;
            Assert.Equal(["labour-code@2018-06-01"], Versions(build.Search.Search(new SearchRequest("\"twenty-four months\"", Version: SearchRequest.AllVersions))));
            Assert.Empty(Versions(build.Search.Search(new SearchRequest("\"two years\"", Version: SearchRequest.AllVersions))));
            Assert.Equal(["labour-code@2021-03-01"], Versions(build.Search.Search(new SearchRequest("\"three years\"", Version: SearchRequest.AllVersions))));
        }

        [Fact]
        public void A_changed_heading_of_the_newest_version_makes_the_suggestions_again()
        {
            _build.Edit("labour-code/2021-03-01.en.md", "Article 2. Work permits", "Article 2. Permits to work");

            var result = _build.BuildBothWaysAndCompare();

            Assert.Contains("; labour-code: 1 of 3 versions read again", result.Incremental);
        }

        [Fact]
        public void A_changed_note_in_front_matter_is_written_with_its_version()
        {
            _build.Edit("labour-code/2018-06-01.en.md", "status: in-force\n", "status: in-force\nnote: Term doubled\n");

            var result = _build.BuildBothWaysAndCompare();

            Assert.Contains("; labour-code: 1 of 3 versions read again", result.Incremental);
        }

        [Fact]
        public void Two_versions_edited_are_both_read_again()
        {
            _build.Edit("labour-code/2015-01-01.en.md", "is issued for", "is granted for");
            _build.Edit("labour-code/2021-03-01.en.md", "is issued for", "is granted for");

            var result = _build.BuildBothWaysAndCompare();

            Assert.Contains("; labour-code: 2 of 3 versions read again", result.Incremental);
            Assert.Equal(2, result.Summary.Files);
        }

        [Fact]
        public void An_edited_internal_draft_is_read_again_for_an_internal_build_and_never_reaches_a_public_one()
        {
            _build.Edit("labour-code/2023-draft.en.md", "five years", "six years");

            var internalBuild = _build.BuildBothWaysAndCompare(Audience.Internal);
            var publicBuild = _build.BuildBothWaysAndCompare();

            Assert.Equal("1 instrument changed (labour-code); labour-code: 1 of 4 versions read again", internalBuild.Incremental);
            Assert.Contains("; labour-code: 0 of 3 versions read again", publicBuild.Incremental);
            using var build = PublishedBuild.OpenCurrent(new BuildFolders(_build._temp.Combine("incremental"), Audience.Public))!;
            Assert.Empty(Versions(build.Search.Search(new SearchRequest("\"six years\"", Version: SearchRequest.AllVersions))));
            Assert.DoesNotContain("2023-draft", File.ReadAllText(Path.Combine(build.Path, KnowledgeBase.Core.Building.Incremental.ContentInventory.FileName)), StringComparison.Ordinal);
        }

        [Fact]
        public void A_public_version_edited_beside_an_internal_draft_is_read_again_alone()
        {
            _build.Edit("labour-code/2018-06-01.en.md", "is issued for", "is granted for");

            Assert.Equal("1 instrument changed (labour-code); labour-code: 1 of 4 versions read again", _build.BuildBothWaysAndCompare(Audience.Internal).Incremental);
            Assert.Contains("; labour-code: 1 of 3 versions read again", _build.BuildBothWaysAndCompare().Incremental);
        }

        [Fact]
        public void A_version_in_two_languages_is_read_again_in_both_when_one_of_its_files_changed()
        {
            _build.Edit("temporary-residence-permit/2014-11.en.md", "at least 30 days", "at least 45 days");

            var result = _build.BuildBothWaysAndCompare();

            Assert.Contains("; temporary-residence-permit: 1 of 1 versions read again", result.Incremental);
            Assert.Equal(2, result.Summary.Files);
        }

        private static string[] Versions(SearchResults results) => [.. results.Hits.Select(h => $"{h.Slug}@{h.Version}").Distinct().Order(StringComparer.Ordinal)];
    }

    /// <summary>Edits to one version that reach beyond it: the instrument is read whole, and then, as before, a change that
    /// citations elsewhere may depend on makes a full build.</summary>
    public sealed class After_an_edit_to_one_version_that_reaches_beyond_it : IDisposable
    {
        private readonly IncrementalBuildTests _build = new();

        public After_an_edit_to_one_version_that_reaches_beyond_it()
        {
            _build.AddLabourCode();
            Assert.Null(_build.Build("incremental").Incremental);
        }

        public void Dispose() => _build.Dispose();

        [Fact]
        public void A_renumbered_article_makes_a_full_build()
        {
            _build.Edit("labour-code/2018-06-01.en.md", "### Article 2. Work permits", "### Article 3. Work permits");
            _build.Edit("labour-code/2018-06-01.en.md", "2.1. A work", "3.1. A work");

            Assert.Null(_build.BuildBothWaysAndCompare().Incremental);
        }

        [Fact]
        public void An_added_version_makes_a_full_build()
        {
            File.WriteAllText(Path.Combine(_build._content, "labour-code", "2024-01-01.en.md"), Version("2024-01-01", "in-force", "four years").ReplaceLineEndings("\n"));

            Assert.Null(_build.BuildBothWaysAndCompare().Incremental);
        }

        [Fact]
        public void A_removed_version_makes_a_full_build()
        {
            File.Delete(Path.Combine(_build._content, "labour-code", "2018-06-01.en.md"));

            Assert.Null(_build.BuildBothWaysAndCompare().Incremental);
        }

        [Fact]
        public void A_changed_date_makes_a_full_build()
        {
            _build.Edit("labour-code/2018-06-01.en.md", "date: 2018-06-01", "date: 2018-07-01");

            Assert.Null(_build.BuildBothWaysAndCompare().Incremental);
        }

        [Fact]
        public void A_changed_instrument_yml_reads_the_instrument_whole()
        {
            _build.Edit("labour-code/instrument.yml", "title: { en: Labour Code }", "title: { en: The Labour Code }");

            var result = _build.BuildBothWaysAndCompare();

            Assert.DoesNotContain("labour-code:", result.Incremental, StringComparison.Ordinal);
            Assert.Equal(3, result.Summary.Files);
        }
    }
}
