using KnowledgeBase.Core.Building;
using KnowledgeBase.Core.Diagnostics;
using KnowledgeBase.Testing;

namespace KnowledgeBase.Core.Tests.Linking;

/// <summary>
/// A public text cites only public versions, in the internal build as in the public one: an officer reading it on the internal
/// site never meets a link to a draft. An internal text may cite anything.
/// </summary>
public sealed class CitingVisibilityTests
{
    private static readonly Lazy<(LinkedCorpus Corpus, IReadOnlyList<Diagnostic> Diagnostics)> Built = new(() =>
    {
        using var folder = new TempFolder();
        // law-c: an internal draft before the citing date, its first public version after it. law-b: a draft only.
        Instrument(folder, "law-c", "Law C");
        Version(folder, "law-c", "2015-draft", "2015-01-01", "draft", "internal", "Draft text.");
        Version(folder, "law-c", "2017-adopted", "2017-01-01", "adopted", "public", "Adopted text.");
        Instrument(folder, "law-b", "Law B");
        Version(folder, "law-b", "2015-draft", "2015-01-01", "draft", "internal", "Draft only.");
        Instrument(folder, "decree-1", "Decree 1");
        var citing = "See [Law C](kb:law-c/art_1) and [Law B](kb:law-b/art_1).";
        Version(folder, "decree-1", "2016-signed", "2016-06-01", "adopted", "public", citing);
        Version(folder, "decree-1", "2016-working", "2016-07-01", "draft", "internal", citing);
        var (corpus, diagnostics) = BuildPipeline.Read(new BuildOptions(folder.Path, "", Audience.Internal));
        return (corpus!, diagnostics.Sorted());
    });

    private static string Html(string version) =>
        Built.Value.Corpus.Instruments.Single(i => i.Instrument.Slug == "decree-1")
            .Versions.Single(v => v.Version.Label == version).Texts[0].Provisions.Single(p => p.Provision.EId == "art_1").Html;

    [Fact]
    public void A_public_text_links_to_the_public_version_not_to_an_earlier_draft()
    {
        Assert.Contains("href=\"/instruments/law-c/2017-adopted/art_1\"", Html("2016-signed"), StringComparison.Ordinal);
        Assert.DoesNotContain("2015-draft", Html("2016-signed"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_public_text_citing_a_law_that_is_only_a_draft_is_left_unlinked_with_a_warning()
    {
        Assert.DoesNotContain("/instruments/law-b", Html("2016-signed"), StringComparison.Ordinal);
        Assert.Contains(Built.Value.Diagnostics, d => d.Path.Contains("2016-signed", StringComparison.Ordinal) && d.Code == DiagnosticCodes.UnresolvedCitation);
    }

    [Fact]
    public void An_internal_text_may_cite_a_draft()
    {
        Assert.Contains("href=\"/instruments/law-c/2015-draft/art_1\"", Html("2016-working"), StringComparison.Ordinal);
        Assert.Contains("href=\"/instruments/law-b/2015-draft/art_1\"", Html("2016-working"), StringComparison.Ordinal);
    }

    private static void Instrument(TempFolder folder, string slug, string title)
    {
        Directory.CreateDirectory(folder.Combine(slug));
        File.WriteAllText(folder.Combine(slug, "instrument.yml"), $"title: {{ en: {title} }}\nkind: law\n");
    }

    private static void Version(TempFolder folder, string slug, string label, string date, string status, string visibility, string text) =>
        File.WriteAllText(folder.Combine(slug, $"{label}.en.md"), $"""
            ---
            date: {date}
            status: {status}
            visibility: {visibility}
            ---
            # {slug}

            ### Article 1. Subject {"{#subject}"}

            {text}

            """);
}
