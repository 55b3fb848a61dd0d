using KnowledgeBase.Core.Corpus.Languages;
using KnowledgeBase.Core.Search;
using Lucene.Net.Store;

namespace KnowledgeBase.Core.Tests.Search;

public sealed partial class SearchIndexTests
{
    /// <summary>The <see cref="SampleLegislation"/> indexed with synonym groups, as a build with a <c>synonyms:</c> section writes it.</summary>
    public sealed class SynonymIndex : IDisposable
    {
        private readonly RAMDirectory _directory = new();

        public SynonymIndex()
        {
            using (var writer = new SearchIndexWriter(_directory))
            {
                foreach (var entry in SampleLegislation.Entries)
                    writer.Add(entry);
                writer.SetSynonyms(
                [
                    new SynonymGroup("en", ["residence permit", "residence card"]),
                    new SynonymGroup("en", ["nationality", "citizenship"]),
                    new SynonymGroup("az", ["icazə vəsiqəsi", "yaşamaq üçün icazə"]),
                    new SynonymGroup("ru", ["вид на жительство", "разрешение на проживание"]),
                ]);
                writer.Commit();
            }
            Index = SearchIndex.Open(_directory);
        }

        public SearchIndex Index { get; }

        public SearchResults Search(string query, string? language = null) => Index.Search(new SearchRequest(query, Language: language));

        public void Dispose()
        {
            Index.Dispose();
            _directory.Dispose();
        }
    }

    public sealed class Synonyms(SynonymIndex index, SampleIndex plain) : IClassFixture<SynonymIndex>, IClassFixture<SampleIndex>
    {
        [Theory]
        [InlineData("residence card", new[] { NewEn45, NewEn46 })]
        [InlineData("residence cards", new[] { NewEn45, NewEn46 })]
        [InlineData("nationality", new[] { LawEn })]
        [InlineData("icazə vəsiqəsi", new[] { NewAz45, NewAz46 })]
        [InlineData("icaze vesiqesi", new[] { NewAz45, NewAz46 })]
        [InlineData("вид на жительство", new[] { NewRu45, NewRu46 })]
        public void A_phrase_finds_the_text_written_with_its_synonym(string query, string[] expected)
        {
            Assert.Equal(Sorted(expected), Found(index.Search(query)));
            Assert.Empty(Found(plain.Search(query)));
        }

        [Fact]
        public void The_typed_words_keep_their_meaning() =>
            Assert.Equal(Sorted(NewEn45, NewEn46), Found(index.Search("residence permit", language: "en")));

        [Fact]
        public void A_query_with_syntax_is_not_widened() =>
            Assert.Empty(Found(index.Search("\"residence card\"")));

        [Fact]
        public void Other_words_still_narrow_the_widened_phrase() =>
            Assert.Equal([NewEn46], Found(index.Search("permanent residence card")));
    }
}
