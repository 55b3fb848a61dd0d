using KnowledgeBase.Core.Building;
using KnowledgeBase.Core.Building.Stages;
using KnowledgeBase.Core.Diagnostics;
using KnowledgeBase.Core.Linking;
using KnowledgeBase.Testing;

namespace KnowledgeBase.Core.Tests.Building.Stages;

/// <summary>Linking a batch of instruments at a time, as a full build does, against linking the whole corpus at once.</summary>
public sealed class LinkCitationsTests
{
    private static readonly Lazy<ParsedContent> Fixture = new(() =>
        BuildPipeline.Parse(new BuildOptions(TestPaths.FixtureContent, "", Audience.Internal), new DiagnosticBag()));

    private static int ProvisionCount(ParsedInstrument instrument) =>
        BuildPipeline.Link(new ParsedContent([instrument], Fixture.Value.Languages, Fixture.Value.Links), new DiagnosticBag())
            .Instruments.Sum(i => i.Versions.Sum(v => v.Texts.Sum(t => t.Provisions.Count)));

    // Every provision's place, label, HTML and plain text, and every citation, as one string per instrument or citation.
    private static List<string> Described(IEnumerable<LinkedInstrument> instruments) =>
        [.. instruments.SelectMany(i => i.Versions.SelectMany(v => v.Texts.SelectMany(t => t.Provisions.Select(p =>
            $"{t.Text.Slug}@{t.Text.Version}.{t.Text.Language}/{p.Provision.EId} < {p.ParentEId} #{p.Order} {p.Label}: {p.Html} | {p.PlainText}"))))];

    public sealed class Batches
    {
        [Theory]
        [InlineData(1)]
        [InlineData(40)]
        [InlineData(1_000_000)]
        public void Are_consecutive_runs_of_instruments_in_corpus_order_that_together_are_the_corpus(int provisionsPerBatch)
        {
            var instruments = Fixture.Value.Instruments;

            var batches = LinkCitations.Batches(instruments, provisionsPerBatch).ToList();

            Assert.Equal(instruments, batches.SelectMany(b => b));
        }

        [Fact]
        public void A_batch_closes_once_it_holds_the_provisions_asked_for_and_an_instrument_larger_than_that_is_a_batch_of_its_own()
        {
            var instruments = Fixture.Value.Instruments;
            var counts = instruments.ToDictionary(i => i, ProvisionCount);
            var largest = counts.Values.Max();

            var batches = LinkCitations.Batches(instruments, largest).ToList();

            Assert.True(batches.Count > 1);
            Assert.All(batches.SkipLast(1), b => Assert.True(b.Sum(i => counts[i]) >= largest));
            Assert.All(batches.SkipLast(1), b => Assert.True(b.SkipLast(1).Sum(i => counts[i]) < largest));
            Assert.All(LinkCitations.Batches(instruments, 1), b => Assert.Single(b));
        }
    }

    /// <summary>A long text is rendered a part at a time on every core (the fixture's texts are shorter than a part: the parts
    /// are made small here).</summary>
    public sealed class In_parts
    {
        [Theory]
        [InlineData(1)]
        [InlineData(3)]
        public void Links_every_text_and_citation_and_reports_every_problem_exactly_as_in_one_part(int provisionsPerPart)
        {
            var parsed = Fixture.Value;
            var resolver = new CitationResolver(new ProvisionCatalog(parsed.Instruments));
            var (onePart, inParts) = (new DiagnosticBag(), new DiagnosticBag());
            var (whole, wholeCitations) = LinkCitations.Run(parsed.Instruments, resolver, parsed.Languages, onePart, parsed.Links, provisionsPerPart: int.MaxValue);

            var (parts, partsCitations) = LinkCitations.Run(parsed.Instruments, resolver, parsed.Languages, inParts, parsed.Links, provisionsPerPart: provisionsPerPart);

            Assert.Contains(wholeCitations, c => c.Resolved && c.Target!.Slug != c.Source.Slug);
            Assert.NotEmpty(onePart.Sorted());
            Assert.Equal(Described(whole), Described(parts));
            Assert.Equal(wholeCitations, partsCitations);
            Assert.Equal(onePart.Sorted(), inParts.Sorted());
        }
    }

    public sealed class In_batches
    {
        [Theory]
        [InlineData(1)]
        [InlineData(40)]
        public void Links_every_text_and_citation_exactly_as_the_whole_corpus_at_once(int provisionsPerBatch)
        {
            var parsed = Fixture.Value;
            var resolver = new CitationResolver(new ProvisionCatalog(parsed.Instruments));
            var (whole, wholeCitations) = LinkCitations.Run(parsed.Instruments, resolver, parsed.Languages, new DiagnosticBag(), parsed.Links);

            var batches = LinkCitations.InBatches(parsed.Instruments, resolver, parsed.Languages, new DiagnosticBag(), parsed.Links, provisionsPerBatch).ToList();

            Assert.True(batches.Count > 1);
            Assert.Contains(wholeCitations, c => c.Resolved && c.Target!.Slug != c.Source.Slug);
            Assert.Equal(Described(whole), Described(batches.SelectMany(b => b.Instruments)));
            Assert.Equal(wholeCitations, batches.SelectMany(b => b.Citations));
        }

        [Fact]
        public void Reports_the_same_problems_as_linking_the_whole_corpus()
        {
            var parsed = Fixture.Value;
            var resolver = new CitationResolver(new ProvisionCatalog(parsed.Instruments));
            var (whole, inBatches) = (new DiagnosticBag(), new DiagnosticBag());
            LinkCitations.Run(parsed.Instruments, resolver, parsed.Languages, whole, parsed.Links);

            _ = LinkCitations.InBatches(parsed.Instruments, resolver, parsed.Languages, inBatches, parsed.Links, 1).ToList();

            Assert.NotEmpty(whole.Sorted());
            Assert.Equal(whole.Sorted(), inBatches.Sorted());
        }
    }
}
