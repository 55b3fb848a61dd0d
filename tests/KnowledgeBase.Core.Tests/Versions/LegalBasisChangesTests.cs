using System.Globalization;
using KnowledgeBase.Core.Storage;
using KnowledgeBase.Core.Versions;

namespace KnowledgeBase.Core.Tests.Versions;

/// <summary>A code whose Article 21 gave 3 days to register in 2013 and 10 days from 2014, as in the shipped corpus.</summary>
public sealed class LegalBasisChangesTests
{
    private static readonly DateOnly Today = Date("2025-01-01");

    private readonly Dictionary<string, List<StoredProvision>> _texts = new(StringComparer.Ordinal);
    private readonly List<StoredVersion> _versions = [];

    public LegalBasisChangesTests()
    {
        AddVersion("2013-07-adopted", "2013-07-02", "adopted", ["en", "az"], Article21("3 days"), Article24("one working day"));
        AddVersion("2014-10-amended", "2014-10-17", "in-force", ["en", "az"], Article21("10 days"), Article24("one working day"));
    }

    private LegalBasisChange? Find(string eId, string written, string resolvedTo = "2013-07-adopted", DateOnly? today = null) =>
        LegalBasisChanges.Find(
            new StoredLegalBasis { ProcedureSlug = "registration", ProcedureVersion = "p", Reference = $"code/{eId}", TargetSlug = "code", TargetVersion = resolvedTo, TargetEId = eId },
            Date(written),
            _versions,
            today ?? Today,
            (label, language) => _texts.GetValueOrDefault($"{label}/{language}") ?? []);

    public sealed class A_change_is_reported(LegalBasisChangesTests code) : IClassFixture<LegalBasisChangesTests>
    {
        [Fact]
        public void When_a_later_version_changes_the_text_of_the_part_cited()
        {
            var change = code.Find("art_21__para_1", written: "2013-08-01");

            Assert.Equal(new LegalBasisChange("code", "2014-10-amended", Date("2014-10-17"), "art_21__para_1", Removed: false), change);
        }

        [Fact]
        public void When_the_article_cited_changes_in_one_of_its_parts() =>
            Assert.Equal("2014-10-amended", code.Find("art_21", written: "2013-08-01")?.Version);
    }

    public sealed class No_change_is_reported(LegalBasisChangesTests code) : IClassFixture<LegalBasisChangesTests>
    {
        [Fact]
        public void When_the_later_version_reads_the_same() => Assert.Null(code.Find("art_24", written: "2013-08-01"));

        [Fact]
        public void When_another_part_of_the_article_changed() => Assert.Null(code.Find("art_21__para_2", written: "2013-08-01"));

        [Fact]
        public void When_the_procedure_was_written_after_the_change() =>
            Assert.Null(code.Find("art_21", written: "2014-11-01", resolvedTo: "2014-10-amended"));

        [Fact]
        public void When_the_changing_version_is_dated_after_today() =>
            Assert.Null(code.Find("art_21", written: "2013-08-01", today: Date("2014-10-16")));
    }

    [Fact]
    public void An_inserted_part_is_a_change()
    {
        AddVersion("2018-amended", "2018-03-01", "in-force", ["en"], [.. Article21("10 days"), Part("art_21__para_6", "art_21", "A new part.")]);

        Assert.Equal("2018-amended", Find("art_21", written: "2014-11-01", resolvedTo: "2014-10-amended")?.Version);
    }

    [Fact]
    public void A_provision_gone_from_the_later_version_is_a_removal()
    {
        AddVersion("2018-amended", "2018-03-01", "in-force", ["en"], Article21("10 days"));

        var change = Find("art_24", written: "2014-11-01", resolvedTo: "2014-10-amended");

        Assert.True(change?.Removed);
        Assert.Equal("2018-amended", change?.Version);
    }

    [Fact]
    public void A_later_draft_is_not_law_and_changes_nothing()
    {
        AddVersion("2019-draft", "2019-01-01", "draft", ["en"], Article21("30 days"), Article24("one working day"));

        Assert.Null(Find("art_21", written: "2014-11-01", resolvedTo: "2014-10-amended"));
    }

    [Fact]
    public void Versions_are_compared_in_a_language_both_have()
    {
        // The later version has only an English text; the Azerbaijani one of 2014 must not make it look removed.
        AddVersion("2018-amended", "2018-03-01", "in-force", ["en"], Article21("10 days"), Article24("one working day"));

        Assert.Null(Find("art_21", written: "2014-11-01", resolvedTo: "2014-10-amended"));
    }

    private void AddVersion(string label, string date, string status, string[] languages, params IEnumerable<StoredProvision>[] provisions)
    {
        _versions.Add(new StoredVersion { Id = $"code@{label}", Slug = "code", Label = label, Date = date, Status = status, Visibility = "public", Languages = [.. languages] });
        foreach (var language in languages)
            _texts[$"{label}/{language}"] = [.. provisions.SelectMany(p => p).Select(p => Localized(p, language))];
    }

    // The Azerbaijani text differs from the English in every word, as a translation would.
    private static StoredProvision Localized(StoredProvision provision, string language) =>
        new() { EId = provision.EId, ParentEId = provision.ParentEId, Kind = provision.Kind, Text = language == "en" ? provision.Text : $"[{language}] {provision.Text}" };

    private static StoredProvision[] Article21(string period) =>
    [
        Part("art_21", null, ""),
        Part("art_21__para_1", "art_21", $"A foreigner registers at the place of stay within {period} of arrival."),
        Part("art_21__para_2", "art_21", "The hotel notifies the migration service."),
    ];

    private static StoredProvision[] Article24(string period) =>
    [
        Part("art_24", null, ""),
        Part("art_24__para_2", "art_24", $"The host reports the departure within {period}."),
    ];

    private static StoredProvision Part(string eId, string? parent, string text) =>
        new() { EId = eId, ParentEId = parent, Kind = parent is null ? "article" : "paragraph", Text = text };

    private static DateOnly Date(string iso) => DateOnly.Parse(iso, CultureInfo.InvariantCulture);
}
