using KnowledgeBase.Core.Model;
using KnowledgeBase.Core.Search;
using KnowledgeBase.Core.Versions;
using Lucene.Net.Store;

namespace KnowledgeBase.Core.Tests.Search;

public sealed partial class SearchIndexTests
{
    public sealed class Typos(SampleIndex sample) : IClassFixture<SampleIndex>
    {
        [Theory]
        [InlineData("temporery", "temporary")]
        [InlineData("residense permit", "residence permit")]
        [InlineData("pernament", "permanent")]
        [InlineData("müvəqəti", "muveqqeti")]
        [InlineData("гражданствa", "гражданства")]
        public void A_query_that_finds_little_is_offered_the_nearest_words_of_the_index(string query, string suggestion) =>
            Assert.Equal(suggestion, sample.Search(query).DidYouMean);

        [Theory]
        [InlineData("temporery", new[] { NewEn45 })]
        [InlineData("residense permit", new[] { NewEn45, NewEn46 })]
        public void A_query_that_finds_little_is_retried_with_fuzzy_words(string query, string[] expected)
        {
            var results = sample.Search(query, language: "en");

            Assert.True(results.Fuzzy);
            Assert.Equal(Sorted(expected), Found(results));
        }

        [Theory]
        [InlineData("temporary residence")]
        [InlineData("icaze")]
        [InlineData("icaze yasamaq")]
        [InlineData("icaza")]
        [InlineData("extending")]
        [InlineData("\"temporery residence\"")]
        public void A_query_that_finds_enough_or_uses_syntax_is_left_as_typed(string query)
        {
            var results = sample.Search(query);

            Assert.False(results.Fuzzy);
            Assert.Null(results.DidYouMean);
        }

        [Theory]
        [InlineData("icaze", "law", null)]
        [InlineData("icaze", null, "en")]
        public void A_query_whose_words_the_sample_holds_often_enough_is_not_retried_under_a_filter(string query, string? kind, string? language)
        {
            var results = sample.Search(query, kind: kind, language: language);

            Assert.Equal(0, results.Total);
            Assert.False(results.Fuzzy);
            Assert.Null(results.DidYouMean);
        }

        [Fact]
        public void Nothing_is_offered_when_no_word_of_the_index_is_near() =>
            Assert.Null(sample.Search("xyzzyqwv").DidYouMean);
    }

    /// <summary>A word found in several laws and once in a code, and a near-word of it in another code.</summary>
    public sealed class FilteredWordIndex : IDisposable
    {
        private readonly RAMDirectory _directory = new();

        public FilteredWordIndex()
        {
            using (var writer = new SearchIndexWriter(_directory))
            {
                writer.Add(Provision("road-code", InstrumentKind.Code, "art_1", "A vehicle is registered before use."));
                writer.Add(Provision("port-code", InstrumentKind.Code, "art_1", "A vehicule of the port authority is exempt."));
                foreach (var law in new[] { "road-law", "tax-law", "insurance-law" })
                    writer.Add(Provision(law, InstrumentKind.Law, "art_1", "The owner of a vehicle pays the fee."));
                writer.Commit();
            }
            Index = SearchIndex.Open(_directory);
        }

        public SearchIndex Index { get; }

        public void Dispose()
        {
            Index.Dispose();
            _directory.Dispose();
        }

        private static SearchEntry Provision(string slug, InstrumentKind kind, string eId, string text) =>
            new(slug, kind, slug, "2020-01-adopted", VersionStatus.InForce, Visibility.Public, new DateOnly(2020, 1, 1), true, "en", eId, "1", "", text)
            {
                InForce = new InForcePeriod(null, null),
            };
    }

    public sealed class FewHitsUnderAFilter(FilteredWordIndex index) : IClassFixture<FilteredWordIndex>
    {
        [Fact]
        public void Are_left_as_typed_when_the_words_are_found_often_without_the_filter()
        {
            var results = index.Index.Search(new SearchRequest("vehicle", Kind: "code"));

            Assert.Equal(["road-code"], results.Hits.Select(h => h.Slug));
            Assert.False(results.Fuzzy);
            Assert.Equal(4, results.Facets.Kind.Sum(f => f.Count));
        }

        [Fact]
        public void Are_retried_with_near_words_when_the_words_are_rare_everywhere()
        {
            var results = index.Index.Search(new SearchRequest("vehicule", Kind: "code"));

            Assert.True(results.Fuzzy);
            Assert.Equal(["port-code", "road-code"], results.Hits.Select(h => h.Slug));
        }
    }
}

public sealed partial class SearchIndexTests
{
    /// <summary>An instrument whose newest version speaks of cars and whose older version spoke of carriages.</summary>
    public sealed class RenamedWordIndex : IDisposable
    {
        private readonly RAMDirectory _directory = new();

        public RenamedWordIndex()
        {
            using (var writer = new SearchIndexWriter(_directory))
            {
                writer.Add(Provision("2010-01-adopted", isNewest: false, "A carriage is registered before use."));
                writer.Add(Provision("2020-01-adopted", isNewest: true, "A car is registered before use."));
                writer.Add(Provision("2020-01-adopted", isNewest: true, "A registered car pays the road fee.") with { EId = "art_2" });
                writer.Commit();
            }
            Index = SearchIndex.Open(_directory);
        }

        public SearchIndex Index { get; }

        public void Dispose()
        {
            Index.Dispose();
            _directory.Dispose();
        }

        private static SearchEntry Provision(string version, bool isNewest, string text) =>
            new("road-law", InstrumentKind.Law, "Road law", version, VersionStatus.InForce, Visibility.Public, new DateOnly(2020, 1, 1), isNewest, "en", "art_1", "1", "", text)
            {
                IsNewestPublicVersion = isNewest,
                InForce = new InForcePeriod(null, null),
            };
    }

    public sealed class Corrections(RenamedWordIndex index) : IClassFixture<RenamedWordIndex>
    {
        [Fact]
        public void Come_from_the_words_of_the_newest_texts() =>
            Assert.Equal("registered", index.Index.Search(new SearchRequest("registred")).DidYouMean);

        [Fact]
        public void Do_not_offer_a_word_only_older_versions_hold_even_when_every_version_is_searched()
        {
            var results = index.Index.Search(new SearchRequest("carriagge", Version: SearchRequest.AllVersions));

            Assert.Null(results.DidYouMean);
            Assert.True(results.Fuzzy);
            Assert.Equal(["2010-01-adopted"], results.Hits.Select(h => h.Version));
        }
    }
}
