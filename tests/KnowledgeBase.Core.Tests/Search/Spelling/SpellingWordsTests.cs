using KnowledgeBase.Core.Model;
using KnowledgeBase.Core.Search;
using KnowledgeBase.Core.Search.Spelling;

namespace KnowledgeBase.Core.Tests.Search.Spelling;

public static class SpellingWordsTests
{
    public sealed class Of_a_newest_text
    {
        private readonly SpellingWords _words = new();

        [Fact]
        public void Are_its_heading_and_text_lower_cased_and_unstemmed_each_once() =>
            Assert.Equal(["permits", "a", "permit", "is", "issued", "for", "year"],
                _words.NewIn(Entry("migration-code", "art_1", "Permits", "A permit is issued for a year. A permit")));

        [Fact]
        public void Leave_out_the_words_an_earlier_provision_of_the_same_text_gave()
        {
            _words.NewIn(Entry("migration-code", "art_1", null, "A permit is issued."));

            Assert.Equal(["residence", "renewed"], _words.NewIn(Entry("migration-code", "art_2", null, "A residence permit is renewed.")));
        }

        [Theory]
        [InlineData("tax-code", "2020-01-adopted", "en")]
        [InlineData("migration-code", "2021-01-adopted", "en")]
        [InlineData("migration-code", "2020-01-adopted", "az")]
        public void Start_again_for_another_instrument_version_or_language(string slug, string version, string language)
        {
            _words.NewIn(Entry("migration-code", "art_1", null, "A permit is issued."));

            Assert.Equal(["a", "permit", "is", "issued"], _words.NewIn(Entry(slug, "art_1", null, "A permit is issued.") with { Version = version, Language = language }));
        }

        [Fact]
        public void Keep_Azerbaijani_words_as_people_type_them() =>
            Assert.Equal(["muveqqeti", "yasamaq", "icazesi"], _words.NewIn(Entry("miqrasiya", "art_1", null, "Müvəqqəti yaşamaq icazəsi") with { Language = "az" }));
    }

    public sealed class Of_an_older_version
    {
        private readonly SpellingWords _words = new();

        [Fact]
        public void Are_none() =>
            Assert.Empty(_words.NewIn(Entry("migration-code", "art_1", null, "A permit is issued.") with { IsNewestVersion = false, IsNewestPublicVersion = false }));

        [Fact]
        public void Are_those_of_the_newest_public_version_when_a_draft_is_newer() =>
            Assert.Equal(["a", "permit", "is", "issued"],
                _words.NewIn(Entry("migration-code", "art_1", null, "A permit is issued.") with { IsNewestVersion = false, IsNewestPublicVersion = true }));
    }

    internal static SearchEntry Entry(string slug, string eId, string? heading, string text) =>
        new(slug, InstrumentKind.Code, slug, "2020-01-adopted", VersionStatus.InForce, Visibility.Public, new DateOnly(2020, 1, 1), true, "en", eId, "1", heading, text)
        {
            IsNewestPublicVersion = true,
        };
}
