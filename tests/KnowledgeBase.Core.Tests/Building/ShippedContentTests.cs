using KnowledgeBase.Core.Building;
using KnowledgeBase.Core.Diagnostics;
using KnowledgeBase.Core.Model;
using KnowledgeBase.Testing;

namespace KnowledgeBase.Core.Tests.Building;

/// <summary>The corpus the site ships with, checked as a whole so that a later edit cannot break it silently.</summary>
public sealed class ShippedContentTests
{
    private static readonly Lazy<(LinkedCorpus Corpus, IReadOnlyList<Diagnostic> Diagnostics)> Everything = new(() =>
    {
        var (corpus, diagnostics) = BuildPipeline.Read(new BuildOptions(TestPaths.ShippedContent, "", Audience.Internal));
        return (corpus!, diagnostics.Sorted());
    });

    private static LinkedCorpus Corpus => Everything.Value.Corpus;

    [Fact]
    public void Passes_a_strict_check_with_no_error()
    {
        var result = BuildPipeline.Run(new BuildOptions(TestPaths.ShippedContent, "", Audience.Internal, Strict: true, CheckOnly: true));

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics.Where(d => d.Severity == Severity.Error)));
    }

    [Fact]
    public void Its_only_warnings_are_citations_of_laws_outside_the_corpus()
    {
        Assert.All(Everything.Value.Diagnostics, d => Assert.Equal(DiagnosticCodes.ExternalCitation, d.Code));
    }

    [Fact]
    public void At_least_95_percent_of_citations_of_the_corpus_resolve()
    {
        var external = Everything.Value.Diagnostics.Count(d => d.Code == DiagnosticCodes.ExternalCitation);
        var ofTheCorpus = Corpus.Citations.Count - external;
        var resolved = Corpus.Citations.Count(c => c.Resolved);

        Assert.True(ofTheCorpus > 1000, $"only {ofTheCorpus} citations of the corpus");
        Assert.True(resolved >= 0.95 * ofTheCorpus, $"{resolved} of {ofTheCorpus} citations resolve");
    }

    [Fact]
    public void Every_legal_basis_entry_of_every_procedure_resolves()
    {
        var procedures = Corpus.Instruments.Where(i => i.Instrument.Kind == InstrumentKind.Procedure).ToList();
        var entries = procedures.SelectMany(p => p.Versions).Sum(v => v.Version.LegalBasis.Count);

        Assert.True(procedures.Count >= 14, $"{procedures.Count} procedures");
        Assert.All(procedures.SelectMany(p => p.Versions), v => Assert.NotEmpty(v.Version.LegalBasis));
        Assert.Equal(entries, Corpus.LegalBasis.Count);
    }

    [Theory]
    [InlineData("2011-working-draft", "en", 6, 15, 62)]
    [InlineData("2011-cabinet-draft", "en", 6, 16, 79)]
    [InlineData("2013-04-parliament-draft", "en", 6, 16, 79)]
    [InlineData("2013-07-adopted", "en", 6, 16, 80)]
    [InlineData("2013-07-adopted", "az", 6, 16, 80)]
    [InlineData("2013-07-adopted", "ru", 6, 16, 80)]
    [InlineData("2014-10-amended", "en", 6, 16, 81)]
    [InlineData("2014-10-amended", "az", 6, 16, 81)]
    [InlineData("2014-10-amended", "ru", 6, 16, 81)]
    [InlineData("2018-amended", "en", 6, 16, 83)]
    public void Every_Migration_Code_version_has_the_expected_structure(string version, string language, int sections, int chapters, int articles)
    {
        var provisions = Text("migration-code", version, language).AllProvisions().ToList();

        Assert.Equal(sections, provisions.Count(p => p.Kind == ProvisionKind.Section));
        Assert.Equal(chapters, provisions.Count(p => p.Kind == ProvisionKind.Chapter));
        Assert.Equal(articles, provisions.Count(p => p.Kind == ProvisionKind.Article));
    }

    [Theory]
    [InlineData("2013-07-adopted", "az")]
    [InlineData("2013-07-adopted", "ru")]
    [InlineData("2014-10-amended", "az")]
    [InlineData("2014-10-amended", "ru")]
    public void Translations_of_the_adopted_texts_have_the_English_provision_ids(string version, string language)
    {
        var english = Text("migration-code", version, "en").AllProvisions().Select(p => p.EId).ToList();
        var translated = Text("migration-code", version, language).AllProvisions().Select(p => p.EId).ToList();

        Assert.True(english.Count > 400, $"only {english.Count} provisions");
        Assert.Equal(english, translated);
    }

    [Fact]
    public void Every_article_heading_carries_a_stable_key()
    {
        var articles = Corpus.Instruments.Where(i => i.Instrument.Kind != InstrumentKind.Procedure)
            .SelectMany(i => i.Versions).SelectMany(v => v.Texts).SelectMany(t => t.Text.AllProvisions())
            .Where(p => p.Kind == ProvisionKind.Article);

        Assert.All(articles, a => Assert.False(string.IsNullOrEmpty(a.Key), $"article {a.Num} has no key"));
    }

    [Fact]
    public void Every_procedure_says_who_may_apply_what_to_bring_the_steps_fees_time_limits_and_appeal_in_English_and_Azerbaijani()
    {
        string[] divisions = ["who-may-apply", "documents", "steps", "fees", "time-limits", "decision-and-appeal"];
        var texts = Corpus.Instruments.Where(i => i.Instrument.Kind == InstrumentKind.Procedure)
            .SelectMany(i => i.Versions).ToList();

        Assert.All(texts, v => Assert.Equal(["en", "az"], v.Version.Languages));
        Assert.All(texts.SelectMany(v => v.Texts), t =>
            Assert.Equal(divisions, t.Text.Provisions.Where(p => p.Kind == ProvisionKind.Division).Select(p => p.EId)));
    }

    [Fact]
    public void Every_instrument_says_its_text_is_not_the_official_one()
    {
        Assert.All(Corpus.Instruments, i => Assert.False(i.Instrument.Notice.IsEmpty, $"{i.Instrument.Slug} has no notice"));
    }

    private static VersionText Text(string slug, string version, string language) =>
        Corpus.Instruments.Single(i => i.Instrument.Slug == slug).Versions.Single(v => v.Version.Label == version)
            .Texts.Single(t => t.Text.Language == language).Text;
}
