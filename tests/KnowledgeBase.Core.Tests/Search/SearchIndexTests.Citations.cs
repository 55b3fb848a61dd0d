using KnowledgeBase.Core.Accounts;
using KnowledgeBase.Core.Model;
using KnowledgeBase.Core.Search;
using Lucene.Net.Store;

namespace KnowledgeBase.Core.Tests.Search;

public sealed partial class SearchIndexTests
{
    public sealed class Citations(SampleIndex sample) : IClassFixture<SampleIndex>
    {
        [Theory]
        [InlineData("article 45", NewEn45)]
        [InlineData("Article 46", NewEn46)]
        [InlineData("art 45", NewEn45)]
        [InlineData("art. 46", NewEn46)]
        [InlineData("maddə 45", NewAz45)]
        [InlineData("MADDƏ 46", NewAz46)]
        [InlineData("madde 45", NewAz45)]
        [InlineData("45-ci maddə", NewAz45)]
        [InlineData("46-cı maddəsi", NewAz46)]
        [InlineData("статья 45", NewRu45)]
        [InlineData("ст. 46", NewRu46)]
        [InlineData("Migration Code 45", NewEn45)]
        [InlineData("article 45 of the Migration Code", NewEn45)]
        [InlineData("Law on Citizenship 1", LawEn)]
        [InlineData("article 1", LawEn)]
        [InlineData("статья 1", LawRu)]
        public void A_citation_puts_the_provision_first_as_a_direct_answer(string query, string expected)
        {
            var direct = sample.Search(query).Direct;

            Assert.NotNull(direct);
            Assert.True(direct.Hit.Direct);
            Assert.Equal(expected, Address(direct.Hit));
        }

        [Fact]
        public void The_direct_answer_is_the_first_hit_and_is_not_repeated_below()
        {
            var results = sample.Search("45 maddə", language: "az");

            Assert.True(results.Hits[0].Direct);
            Assert.Equal(NewAz45, Address(results.Hits[0]));
            Assert.Single(results.Hits, h => Address(h) == NewAz45);
            Assert.All(results.Hits.Skip(1), h => Assert.False(h.Direct));
        }

        [Theory]
        [InlineData("article 45", "2023-05-amended")]
        public void The_direct_answer_respects_the_scope(string query, string version) =>
            Assert.Equal(version, sample.Search(query).Direct!.Hit.Version);

        [Fact]
        public void The_language_filter_chooses_the_language_of_the_direct_answer() =>
            Assert.Equal(NewAz45, Address(sample.Search("article 45", language: "az").Direct!.Hit));

        [Theory]
        [InlineData("article 99")]
        [InlineData("45")]
        [InlineData("residence permit 45")]
        [InlineData("Law on Citizenship 45")]
        [InlineData("temporary residence permit")]
        [InlineData("article 45 and 46")]
        public void Anything_else_has_no_direct_answer(string query) =>
            Assert.Null(sample.Search(query).Direct);

        [Fact]
        public void The_direct_answer_is_on_the_first_page_only() =>
            Assert.Null(sample.Search("article 45", pageSize: 1, page: 2).Direct);
    }

    public sealed class CitationsOfParts
    {
        [Theory]
        [InlineData("article 45.1.3", "art_45__para_1.3", "to investors;")]
        [InlineData("45.1.3-cü maddə", "art_45__para_1.3", "to investors;")]
        [InlineData("article 45.1.3-1", "art_45__para_1.3-1", "to founders of companies.")]
        public void A_part_links_to_the_part_and_shows_its_words(string query, string eId, string words)
        {
            const string Text = "A temporary residence permit is issued:\nto investors;\nto founders of companies.";
            using var directory = new RAMDirectory();
            using (var writer = new SearchIndexWriter(directory))
            {
                foreach (var language in new[] { "en", "az" })
                    writer.Add(new SearchEntry("migration-code", InstrumentKind.Code, "Migration Code", "v1", VersionStatus.InForce,
                        Visibility.Public, new DateOnly(2024, 1, 1), true, language, "art_45", "45", "Temporary residence permit", Text)
                    {
                        Label = "Article 45. Temporary residence permit",
                        Parts = [Part("art_45__para_1.3", "to investors;"), Part("art_45__para_1.3-1", "to founders of companies.")],
                    });
                writer.Commit();
            }
            using var index = SearchIndex.Open(directory);

            var direct = index.Search(new SearchRequest(query)).Direct;

            Assert.NotNull(direct);
            Assert.Equal("art_45", direct.Hit.EId);
            Assert.Equal(eId, direct.Hit.Part);
            Assert.Equal(words, direct.Hit.Snippet);

            static ProvisionPart Part(string eId, string words) => new(eId, Text.IndexOf(words, StringComparison.Ordinal), words.Length);
        }

        [Fact]
        public void A_part_the_article_does_not_have_has_no_direct_answer()
        {
            using var directory = new RAMDirectory();
            using (var writer = new SearchIndexWriter(directory))
            {
                writer.Add(new SearchEntry("migration-code", InstrumentKind.Code, "Migration Code", "v1", VersionStatus.InForce,
                    Visibility.Public, new DateOnly(2024, 1, 1), true, "en", "art_45", "45", "Temporary residence permit", "Text."));
                writer.Commit();
            }
            using var index = SearchIndex.Open(directory);

            Assert.Null(index.Search(new SearchRequest("article 45.9.9")).Direct);
        }
    }

    public sealed class CitationsAcrossInstruments
    {
        [Fact]
        public void A_code_is_preferred_and_the_other_instruments_are_named()
        {
            using var directory = new RAMDirectory();
            using (var writer = new SearchIndexWriter(directory))
            {
                writer.Add(Article("asylum-law", InstrumentKind.Law, "Law on Asylum"));
                writer.Add(Article("migration-code", InstrumentKind.Code, "Migration Code"));
                writer.Commit();
            }
            using var index = SearchIndex.Open(directory);

            var direct = index.Search(new SearchRequest("article 7")).Direct!;

            Assert.Equal("migration-code", direct.Hit.Slug);
            Assert.Equal(["Law on Asylum"], direct.AlsoIn);
            Assert.Equal("asylum-law", index.Search(new SearchRequest("Law on Asylum article 7")).Direct!.Hit.Slug);
        }

        [Fact]
        public void A_reader_who_may_not_see_drafts_is_never_answered_from_one()
        {
            using var directory = new RAMDirectory();
            using (var writer = new SearchIndexWriter(directory))
            {
                writer.Add(Article("migration-code", InstrumentKind.Code, "Migration Code") with { IsNewestPublicVersion = true });
                writer.Add(new SearchEntry("migration-code", InstrumentKind.Code, "Miqrasiya Məcəlləsi", "v2-draft", VersionStatus.Draft,
                    Visibility.Internal, new DateOnly(2025, 1, 1), true, "az", "art_7", "7", "Əhatə dairəsi", "Layihə mətni."));
                writer.Commit();
            }
            using var index = SearchIndex.Open(directory);

            Assert.Equal("v2-draft", index.Search(new SearchRequest("maddə 7", Access: ReaderAccess.Everything)).Direct!.Hit.Version);
            var officer = index.Search(new SearchRequest("maddə 7", Access: ReaderAccess.WithoutDraftLegislation)).Direct!.Hit;
            Assert.Equal("v1", officer.Version);
            Assert.Equal("en", officer.Language);
        }

        private static SearchEntry Article(string slug, InstrumentKind kind, string title) =>
            new(slug, kind, title, "v1", VersionStatus.InForce, Visibility.Public, new DateOnly(2024, 1, 1), true, "en", "art_7", "7",
                "Scope", "This article says what the instrument covers.");
    }
}
