namespace KnowledgeBase.Core.Tests.Search;

public sealed partial class SearchIndexTests
{
    public sealed class Words(SampleIndex sample) : IClassFixture<SampleIndex>
    {
        [Theory]
        [InlineData("icaze", "az", new[] { NewAz45, NewAz46, ProcedureAz })]
        [InlineData("İCAZƏ", "az", new[] { NewAz45, NewAz46, ProcedureAz })]
        [InlineData("ICAZE", "az", new[] { NewAz45, NewAz46, ProcedureAz })]
        [InlineData("vetendasliq", null, new[] { LawAz, NewAz45 })]
        [InlineData("icazəsinin", "az", new[] { NewAz45, NewAz46, ProcedureAz })]
        [InlineData("ecnebinin", "az", new[] { NewAz45 })]
        [InlineData("vətəndaşlığı", null, new[] { LawAz, NewAz45 })]
        [InlineData("muveqqeti yasamaq", null, new[] { NewAz45 })]
        [InlineData("permits", "en", new[] { NewEn45, NewEn46 })]
        [InlineData("Permit", "en", new[] { NewEn45, NewEn46 })]
        [InlineData("разрешения", "ru", new[] { NewRu45, NewRu46 })]
        [InlineData("гражданство", null, new[] { LawRu, NewRu45 })]
        public void Match_inflected_and_folded_forms(string query, string? language, string[] expected) =>
            Assert.Equal(Sorted(expected), Found(sample.Search(query, language: language)));

        [Theory]
        [InlineData("icaz*")]
        [InlineData("İCAZ*")]
        [InlineData("ICAZ*")]
        [InlineData("İcaz*")]
        [InlineData("ic?z*")]
        public void Prefixes_are_folded_like_the_text(string query) =>
            Assert.Equal(Sorted(NewAz45, NewAz46, ProcedureAz), Found(sample.Search(query, language: "az")));

        [Fact]
        public void Prefix_reaches_every_russian_form() =>
            Assert.Equal(Sorted(NewRu45, NewRu46), Found(sample.Search("РАЗРЕШ*", language: "ru")));

        [Theory]
        [InlineData("\"temporary residence\"", new[] { NewEn45 })]
        [InlineData("\"residence temporary\"", new string[0])]
        [InlineData("\"разрешение на постоянное проживание\"", new[] { NewRu46 })]
        [InlineData("\"daimi yasamaq\"", new[] { NewAz46 })]
        public void Phrases_keep_word_order(string query, string[] expected) =>
            Assert.Equal(Sorted(expected), Found(sample.Search(query)));

        [Theory]
        [InlineData("residence NOT temporary", new[] { NewEn46 })]
        [InlineData("residence -temporary", new[] { NewEn46 })]
        [InlineData("passport OR citizenship", new[] { LawEn, ProcedureEn })]
        [InlineData("residence passport", new string[0])]
        [InlineData("residence AND (temporary OR permanent)", new[] { NewEn45, NewEn46 })]
        public void Every_word_is_required_unless_the_query_says_otherwise(string query, string[] expected) =>
            Assert.Equal(Sorted(expected), Found(sample.Search(query, language: "en")));

        [Fact]
        public void Without_a_language_every_language_is_searched_and_ranked_together()
        {
            var results = sample.Search("icaze OR permanent OR постоянное");

            Assert.Equal(Sorted(NewAz45, NewAz46, ProcedureAz, NewEn46, NewRu46), Found(results));
            Assert.True(results.Hits.Zip(results.Hits.Skip(1)).All(pair => pair.First.Score >= pair.Second.Score));
        }

        [Theory]
        [InlineData("documents required", new[] { ProcedureEn })]
        [InlineData("sənədlər", new[] { ProcedureAz })]
        [InlineData("понятие", new[] { LawRu })]
        public void A_word_of_the_heading_alone_finds_the_provision(string query, string[] expected) =>
            Assert.Equal(Sorted(expected), Found(sample.Search(query)));

        [Theory]
        [InlineData("residence: permit", new[] { NewEn45, NewEn46 })]
        [InlineData("permit 45/2013", new string[0])]
        [InlineData("title:permit", new string[0])]
        public void Colons_and_slashes_mean_themselves(string query, string[] expected) =>
            Assert.Equal(Sorted(expected), Found(sample.Search(query, language: "en")));

        [Theory]
        [InlineData("nonexistentword")]
        [InlineData("the")]
        [InlineData("")]
        [InlineData("   ")]
        public void No_match_gives_an_empty_result(string query)
        {
            var results = sample.Search(query);

            Assert.Equal(0, results.Total);
            Assert.Empty(results.Hits);
        }
    }
}
